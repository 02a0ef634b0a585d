import { describe, expect, test } from 'vitest';
import { computeGaps, progressSinceBaseline } from '~/domain/targets';
import { scoreAssessment } from '~/domain/scoring/score';
import { answers, loadVersion } from '../../support/content';

const readiness = loadVersion('examples/digital-readiness', '1.0');

describe('gaps and percent to target', () => {
  const result = scoreAssessment(
    readiness,
    answers({
      'tools.backups': 'always', // level 3 (ratio 1)
      'tools.equipment': ['phone'], // 1 of 6 = 0.17: level 1
      'tools.helpdesk': 'partly', // 0.5: level 2
      'people.training.days': 6, // 2 of 2: level 3
      'people.support.survey': 'na', // counted as zero: level 1
    }),
  );

  test('question targets come from the domain unless refined; gaps are never negative', () => {
    const gaps = computeGaps(readiness, result.nodes, {
      domains: new Map([
        ['tools', 3],
        ['people', 2],
      ]),
      questions: new Map([['tools.helpdesk', 2]]),
    });
    expect(gaps.questions).toEqual([
      { questionId: 'tools.backups', domainId: 'tools', target: 3, current: 3, gap: 0 },
      { questionId: 'tools.equipment', domainId: 'tools', target: 3, current: 1, gap: 2 },
      { questionId: 'tools.helpdesk', domainId: 'tools', target: 2, current: 2, gap: 0 },
      { questionId: 'people.training.days', domainId: 'people', target: 2, current: 3, gap: 0 },
      { questionId: 'people.support.survey', domainId: 'people', target: 2, current: 1, gap: 1 },
    ]);
    // tools: 1 − 2 / (3 + 3 + 2) = 0.75; people: 1 − 1 / 4 = 0.75; overall 1 − 3 / 12 = 0.75
    expect(gaps.totals.get('tools')).toEqual({
      gaps: 2,
      targets: 8,
      percentToTarget: 0.75,
      questions: 3,
    });
    expect(gaps.totals.get('people')).toEqual({
      gaps: 1,
      targets: 4,
      percentToTarget: 0.75,
      questions: 2,
    });
    expect(gaps.totals.get('_overall')?.percentToTarget).toBe(0.75);
  });

  test('no target set: no gaps, no percent', () => {
    const gaps = computeGaps(readiness, result.nodes, { domains: new Map(), questions: new Map() });
    expect(gaps.questions).toEqual([]);
    expect(gaps.totals.size).toBe(0);
  });

  test('every target met: 100 %', () => {
    const gaps = computeGaps(readiness, result.nodes, {
      domains: new Map([
        ['tools', 1],
        ['people', 1],
      ]),
      questions: new Map(),
    });
    expect(gaps.totals.get('_overall')?.percentToTarget).toBe(1);
  });

  test('unanswered questions have no gap', () => {
    const gaps = computeGaps(readiness, result.nodes, {
      domains: new Map([['people', 3]]),
      questions: new Map(),
    });
    expect(gaps.questions.map((g) => g.questionId)).toEqual([
      'people.training.days',
      'people.support.survey',
    ]);
  });
});

describe('progress since a baseline', () => {
  test.each([
    [3, 1, 5, 0.5],
    [5, 1, 5, 1],
    [1, 1, 5, 0],
    [0.5, 1, 5, -0.125],
    [4, 4, 4, null],
    [4, 5, 4, null],
    [null, 1, 5, null],
    [3, null, 5, null],
    [3, 1, null, null],
  ])('current %s, baseline %s, target %s: %s', (current, baseline, target, expected) => {
    expect(progressSinceBaseline(current, baseline, target)).toBe(expected);
  });
});
