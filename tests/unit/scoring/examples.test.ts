import { describe, expect, test } from 'vitest';
import { OVERALL, scoreAssessment } from '~/domain/scoring/score';
import { answers, loadVersion } from '../../support/content';

/*
 * Hand-computed scores for the two example models of questionnaires/examples/: a three-level
 * model scored by sums and means, and a staged model. The arithmetic is written out next to
 * each expectation so that a reader can check it without running anything.
 */

const readiness = loadVersion('examples/digital-readiness', '1.0');
const stages = loadVersion('examples/web-presence-stages', '1.0');

function figures(result: ReturnType<typeof scoreAssessment>, id: string) {
  const node = result.nodes.get(id);
  if (!node) throw new Error(`no node ${id}`);
  return {
    score: node.score,
    max: node.max,
    level: node.level,
    answered: node.answered,
    total: node.total,
  };
}

describe('three-level model scored by sums and means (digital-readiness 1.0)', () => {
  const full = scoreAssessment(
    readiness,
    answers({
      'tools.backups': 'sometimes', // 1 of 2
      'tools.equipment': ['laptop', 'vpn'], // 2 + 3 = 5 of 2 + 1 + 3 = 6
      'tools.helpdesk': 'partly', // 0.5 of 1
      'people.training.days': 3, // at least 2: 1 of 2
      'people.training.plan': 'no', // 0 of 1
      'people.support.downtime': 10, // at most 24: 2 of 4
      'people.support.survey': 'na', // not applicable counts as zero here: 0 of 2
      'people.notes.comment': 'Two new hires', // text: never scored
    }),
  );

  test('a sum adds scores and maxima: 1 + 5 + 0.5 = 6.5 of 2 + 6 + 1 = 9', () => {
    const tools = figures(full, 'tools');
    expect(tools.score).toBeCloseTo(6.5, 10);
    expect(tools.max).toBe(9);
    // 6.5 / 9 = 0.722: reaches 0.5 (level 2), not 0.8 (level 3)
    expect(tools.level).toBe(2);
  });

  test('max takes the best ratio: max(1/2, 0/1) = 0.5, times 3 = 1.5', () => {
    expect(figures(full, 'people.training')).toMatchObject({ score: 1.5, max: 3, level: 2 });
  });

  test('min takes the worst ratio, and a not-applicable declared zero counts: min(2/4, 0/2) = 0', () => {
    expect(figures(full, 'people.support')).toMatchObject({ score: 0, max: 3, level: 1 });
  });

  test('a group holding only a text question has nothing to score and is left out', () => {
    expect(figures(full, 'people.notes')).toMatchObject({ score: null, answered: 0, total: 0 });
    const people = full.nodes.get('people');
    expect(people?.explanation.rule).toBe('mean');
    if (people?.explanation.rule !== 'mean') return;
    expect(people.explanation.contributions.find((c) => c.id === 'people.notes')).toMatchObject({
      counted: false,
      reason: 'nothing-to-score',
    });
  });

  test('a mean of ratios: (0.5 + 0) / 2 = 0.25, times 3 = 0.75', () => {
    expect(figures(full, 'people')).toMatchObject({ score: 0.75, level: 1, answered: 4, total: 4 });
  });

  test('overall: mean of 6.5/9 and 0.25 = 0.4861, times 3 = 1.4583, level 1 (below 0.5)', () => {
    const overall = figures(full, OVERALL);
    expect(overall.score).toBeCloseTo(((6.5 / 9 + 0.25) / 2) * 3, 10);
    expect(overall.score).toBeCloseTo(1.4583, 4);
    expect(overall).toMatchObject({ max: 3, level: 1, answered: 7, total: 7 });
  });

  test("don't know counts as zero, unanswered is left out, and coverage says so", () => {
    const partial = scoreAssessment(
      readiness,
      answers({ 'tools.backups': 'dk', 'tools.helpdesk': 'yes' }),
    );
    // backups 0 of 2 (don't know = zero), equipment left out, helpdesk 1 of 1: 1 of 3
    expect(figures(partial, 'tools')).toMatchObject({
      score: 1,
      max: 3,
      level: 1,
      answered: 2,
      total: 3,
    });
    expect(figures(partial, 'people')).toMatchObject({ score: null, level: null, answered: 0 });
    // overall: only tools counts: 1/3 × 3 = 1
    expect(figures(partial, OVERALL)).toMatchObject({ level: 1, answered: 2, total: 7 });
    expect(figures(partial, OVERALL).score).toBeCloseTo(1, 10);
  });
});

describe('staged model (web-presence-stages 1.0)', () => {
  test('a level is reached when its share, and every lower share, is met', () => {
    const result = scoreAssessment(
      stages,
      answers({
        'website.exists': 'yes',
        'website.contacts': 'yes', // level 1: 2 of 2 met, needs all
        'website.bills': 'yes',
        'website.votes': 'yes',
        'website.video': 'no',
        'website.archive': 'yes', // level 2: 3 of 4 = 0.75, needs 0.75
        'website.consult': 'no',
        'website.petitions': 'partly', // level 3: partly (0.5) is not met (met: 1): 0 of 2
        'social.account': 'yes', // met at 0.5: yes met
        'social.policy': 'partly', // partly = 0.5: met
        'social.replies': 'no', // level 3 not met
      }),
    );
    expect(figures(result, 'website')).toMatchObject({ score: 2, max: 3, level: 2 });
    expect(figures(result, 'social')).toMatchObject({ score: 2, max: 3, level: 2 });
    // overall: mean of 2/3 and 2/3, times 3 = 2, level floor(2) = 2
    expect(figures(result, OVERALL).score).toBeCloseTo(2, 10);
    expect(figures(result, OVERALL).level).toBe(2);
    const website = result.nodes.get('website');
    expect(website?.explanation.rule).toBe('staged');
    if (website?.explanation.rule !== 'staged') return;
    expect(website.explanation.stages).toEqual([
      { level: 1, criteria: 2, counted: 2, met: 2, required: 1, passed: true },
      { level: 2, criteria: 4, counted: 4, met: 3, required: 0.75, passed: true },
      { level: 3, criteria: 2, counted: 2, met: 0, required: 0.5, passed: false },
    ]);
  });

  test("not applicable leaves a criterion out; don't know counts as not met", () => {
    const result = scoreAssessment(
      stages,
      answers({
        'website.exists': 'yes',
        'website.contacts': 'na', // level 1: 1 of 1 counted
        'website.bills': 'dk', // counted as zero: not met
        'website.votes': 'yes',
        'website.video': 'yes',
        'website.archive': 'yes', // level 2: 3 of 4
        'website.consult': 'yes',
        'website.petitions': 'na', // level 3: 1 of 1
        'social.account': 'no', // level 1 fails
        'social.policy': 'yes',
        'social.replies': 'yes',
      }),
    );
    expect(figures(result, 'website')).toMatchObject({ score: 3, level: 3 });
    // a failed level 1 blocks the levels above, whatever they meet
    expect(figures(result, 'social')).toMatchObject({ score: 0, level: 0 });
    // overall: (3/3 + 0/3) / 2 = 0.5, times 3 = 1.5, level 1
    expect(figures(result, OVERALL)).toMatchObject({ score: 1.5, level: 1 });
  });

  test('a higher level met above a failed one does not count', () => {
    const result = scoreAssessment(
      stages,
      answers({
        'website.exists': 'yes',
        'website.contacts': 'yes',
        'website.bills': 'no',
        'website.votes': 'no',
        'website.video': 'no',
        'website.archive': 'no',
        'website.consult': 'yes',
        'website.petitions': 'yes',
      }),
    );
    expect(figures(result, 'website')).toMatchObject({ score: 1, level: 1 });
    expect(figures(result, 'social')).toMatchObject({ score: null, level: null });
    expect(figures(result, OVERALL).score).toBeCloseTo(1, 10);
  });

  test('nothing answered: no score anywhere', () => {
    const result = scoreAssessment(stages, new Map());
    expect(result.overall).toMatchObject({
      score: null,
      ratio: null,
      level: null,
      answered: 0,
      total: 11,
    });
  });
});
