import { describe, expect, test } from 'vitest';
import { validateQuestionnaire } from '~/domain/questionnaire/validate';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { checkAnswer, type Answer } from '~/domain/scoring/answers';
import { OVERALL, scoreAssessment } from '~/domain/scoring/score';

const levels = [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}` }));
const describeAll = Object.fromEntries(levels.map((l) => [String(l.level), `Level ${l.level}`]));

function build(overrides: Record<string, unknown> = {}): Questionnaire {
  const raw = {
    format: 1,
    id: 'kinds',
    version: '1.0',
    title: 'Kinds',
    description: 'One question of each kind',
    authors: [{ name: 'Tests' }],
    licence: 'CC0-1.0',
    status: 'draft',
    languages: ['en'],
    maturity: { levels },
    scales: {
      agree: {
        options: [
          { id: 'no', value: 0, label: 'No' },
          { id: 'some', value: 1, label: 'Some' },
          { id: 'yes', value: 4, label: 'Yes' },
        ],
      },
    },
    answers: { notApplicable: 'exclude', dontKnow: 'zero' },
    scoring: { aggregate: 'mean', levels: 'floor' },
    domains: [
      {
        id: 'd',
        title: 'D',
        aggregate: 'weighted-mean',
        questions: [
          {
            id: 'mat',
            kind: 'choice',
            scale: 'maturity',
            text: 'M',
            options: describeAll,
            weight: 2,
          },
          { id: 'agree', kind: 'choice', scale: 'agree', text: 'A' },
          {
            id: 'list',
            kind: 'checklist',
            score: 'values',
            text: 'L',
            items: [
              { id: 'a', label: 'A', value: 3 },
              { id: 'b', label: 'B' },
              { id: 'c', label: 'C', value: 0 },
            ],
          },
          {
            id: 'share',
            kind: 'checklist',
            score: 'share',
            text: 'S',
            items: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
              { id: 'c', label: 'C' },
              { id: 'd', label: 'D' },
            ],
          },
          { id: 'yn', kind: 'yes-no', text: 'Y' },
          { id: 'yn2', kind: 'yes-no', text: 'Y2', partly: false, values: { yes: 2, no: 0 } },
          {
            id: 'up',
            kind: 'number',
            text: 'N',
            min: 0,
            max: 100,
            thresholds: [
              { atLeast: 10, score: 1 },
              { atLeast: 50, score: 3 },
              { atLeast: 90, score: 5 },
            ],
          },
          {
            id: 'down',
            kind: 'number',
            text: 'Downtime',
            min: 0,
            thresholds: [
              { atMost: 1, score: 5 },
              { atMost: 8, score: 3 },
              { atMost: 24, score: 1 },
            ],
          },
          {
            id: 'naz',
            kind: 'yes-no',
            text: 'NA zero',
            notApplicable: 'zero',
            dontKnow: 'exclude',
          },
          { id: 'strict', kind: 'yes-no', text: 'No NA', notApplicable: 'not-allowed' },
          { id: 'free', kind: 'text', text: 'Comments' },
        ],
      },
    ],
    ...overrides,
  };
  const result = validateQuestionnaire(raw);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.value || errors.length) throw new Error(JSON.stringify(errors));
  return result.value;
}

const q = build();
const a = (value: Answer['value']): Answer => ({ state: 'answered', value });
const na: Answer = { state: 'not-applicable' };
const dk: Answer = { state: 'dont-know' };

function question(id: string) {
  const found = q.domains[0]?.questions?.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

function one(id: string, answer: Answer) {
  return scoreAssessment(q, new Map([[id, answer]])).nodes.get(id);
}

describe('each answer kind scores by its declared values', () => {
  test.each([
    ['mat', a('3'), 3, 5, 3],
    ['mat', a('0'), 0, 5, 0],
    ['agree', a('some'), 1, 4, 1], // 1/4 of 5 levels = 1.25: floor 1
    ['agree', a('yes'), 4, 4, 5],
    ['list', a(['a', 'b']), 4, 4, 5], // items without value count 1: 3 + 1 of 3 + 1 + 0
    ['list', a(['b', 'c']), 1, 4, 1],
    ['list', a([]), 0, 4, 0],
    ['share', a(['a', 'c', 'd']), 0.75, 1, 3], // 3 of 4 ticked; 0.75 × 5 = 3.75: floor 3
    ['yn', a('partly'), 0.5, 1, 2],
    ['yn', a('yes'), 1, 1, 5],
    ['yn2', a('yes'), 2, 2, 5],
    ['up', a(9.99), 0, 5, 0], // below every atLeast: 0
    ['up', a(10), 1, 5, 1], // thresholds include their bound
    ['up', a(50), 3, 5, 3],
    ['up', a(100), 5, 5, 5],
    ['down', a(0), 5, 5, 5],
    ['down', a(1), 5, 5, 5],
    ['down', a(1.5), 3, 5, 3],
    ['down', a(24), 1, 5, 1],
    ['down', a(25), 0, 5, 0], // above every atMost: 0
  ])('%s answered %j scores %d of %d, level %d', (id, answer, score, max, level) => {
    expect(one(id, answer)).toMatchObject({ score, max, level, answered: 1, total: 1 });
  });
});

describe("not applicable and don't know count as declared", () => {
  test("file rule: not applicable excluded, don't know zero", () => {
    expect(one('yn', na)).toMatchObject({ score: null, ratio: null, answered: 1 });
    expect(one('yn', dk)).toMatchObject({ score: 0, ratio: 0, level: 0, answered: 1 });
  });

  test("question rule overrides the file: not applicable zero, don't know excluded", () => {
    expect(one('naz', na)).toMatchObject({ score: 0, ratio: 0 });
    expect(one('naz', dk)).toMatchObject({ score: null });
  });

  test('an answer the question does not allow is refused, and scores as unanswered', () => {
    expect(checkAnswer(q, question('strict'), na)).toEqual({
      ok: false,
      reason: 'not-applicable is not offered for this question',
    });
    expect(one('strict', na)).toMatchObject({ score: null, answered: 0 });
  });

  test('explanations say how each one was counted', () => {
    const result = scoreAssessment(
      q,
      new Map([
        ['yn', na],
        ['mat', dk],
        ['agree', a('yes')],
      ]),
    );
    const domain = result.nodes.get('d');
    if (domain?.explanation.rule !== 'weighted-mean') throw new Error('expected a weighted mean');
    const byId = Object.fromEntries(domain.explanation.contributions.map((c) => [c.id, c]));
    expect(byId.yn).toMatchObject({ counted: false, reason: 'not-applicable' });
    expect(byId.mat).toMatchObject({ counted: true, reason: 'dont-know', score: 0, weight: 2 });
    expect(byId.agree).toMatchObject({ counted: true, reason: undefined, score: 4 });
    expect(byId.list).toMatchObject({ counted: false, reason: 'unanswered' });
    expect(byId.free).toBeUndefined();
  });
});

describe('answers that do not fit are refused', () => {
  test.each([
    ['mat', a('6'), 'choose one of the options'],
    ['agree', a(1), 'choose one of the options'],
    ['list', a(['a', 'zz']), 'tick items of the list only'],
    ['yn2', a('partly'), 'answer yes, no'],
    ['up', a(101), 'enter at most 100'],
    ['up', a(-1), 'enter at least 0'],
    ['up', a('12'), 'enter a number'],
    ['free', na, 'text questions take a text'],
  ])('%s with %j: %s', (id, answer, reason) => {
    expect(checkAnswer(q, question(id), answer)).toEqual({ ok: false, reason });
  });

  test('a checklist answer is de-duplicated and sorted', () => {
    expect(checkAnswer(q, question('list'), a(['b', 'a', 'b']))).toEqual({
      ok: true,
      answer: a(['a', 'b']),
    });
  });
});

describe('aggregations', () => {
  test('weighted mean: mat (weight 2) at 5/5 and agree at 0/4: (2 × 1 + 0) / 3 × 5 = 3.33', () => {
    const result = scoreAssessment(
      q,
      new Map([
        ['mat', a('5')],
        ['agree', a('no')],
      ]),
    );
    expect(result.nodes.get('d')?.score).toBeCloseTo((2 / 3) * 5, 10);
    expect(result.nodes.get('d')?.level).toBe(3);
    expect(result.overall.score).toBeCloseTo((2 / 3) * 5, 10);
  });

  test('outOf expresses a group on another scale (a percentage)', () => {
    const percent = build({ scoring: { aggregate: 'mean', levels: 'floor', outOf: 100 } });
    const result = scoreAssessment(percent, new Map([['mat', a('4')]]));
    expect(result.nodes.get(OVERALL)).toMatchObject({ max: 100, level: 4 });
    expect(result.nodes.get(OVERALL)?.score).toBeCloseTo(80, 10);
  });

  test('level thresholds: the highest level whose share is reached', () => {
    const thresholds = build({
      scoring: {
        aggregate: 'mean',
        levels: {
          thresholds: [
            { level: 1, atLeast: 0.2 },
            { level: 3, atLeast: 0.5 },
            { level: 5, atLeast: 0.95 },
          ],
        },
      },
    });
    const level = (value: string) =>
      scoreAssessment(thresholds, new Map([['agree', a(value)]])).overall.level;
    expect(level('no')).toBe(0); // 0
    expect(level('some')).toBe(1); // 0.25
    expect(level('yes')).toBe(5); // 1
  });
});
