import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Group, Question, Questionnaire } from '~/domain/questionnaire/schema';
import { scaleOptions } from '~/domain/questionnaire/tree';
import { validateQuestionnaire } from '~/domain/questionnaire/validate';
import type { Answer } from '~/domain/scoring/answers';
import { scoreAssessment, type ScoreResult } from '~/domain/scoring/score';

/*
 * Properties of the scoring engine over generated questionnaires (every aggregation, every
 * answer kind, trees up to three levels deep) and generated answers.
 *
 * Each property runs RUNS times on inputs of bounded size (at most 3 domains of 7 groups of 4
 * questions), so its work is fixed: about a second on an idle 2-core machine. TIMEOUT is sixty
 * times that, only to end a hang; no machine is too slow for the properties.
 */
const RUNS = 300;
const TIMEOUT = 60_000;

const aggregations = ['mean', 'weighted-mean', 'sum', 'min', 'max', 'staged'] as const;
type RawGroup = Record<string, unknown>;

function questionArb(id: string, top: number): fc.Arbitrary<Record<string, unknown>> {
  const base = {
    id: fc.constant(id),
    text: fc.constant(`Question ${id}`),
    weight: fc.integer({ min: 1, max: 4 }),
    level: fc.integer({ min: 1, max: top }),
    notApplicable: fc.constantFrom('exclude', 'zero'),
    dontKnow: fc.constantFrom('exclude', 'zero'),
  };
  const options = Object.fromEntries(
    Array.from({ length: top + 1 }, (_, l) => [String(l), `Level ${l}`]),
  );
  return fc.oneof(
    fc.record({
      ...base,
      kind: fc.constant('choice'),
      scale: fc.constant('maturity'),
      options: fc.constant(options),
    }),
    fc.record({ ...base, kind: fc.constant('yes-no') }),
    fc.record({
      ...base,
      kind: fc.constant('checklist'),
      score: fc.constantFrom('values', 'share'),
      items: fc.constant([
        { id: 'a', label: 'A', value: 2 },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C', value: 3 },
      ]),
    }),
    fc.record({
      ...base,
      kind: fc.constant('number'),
      min: fc.constant(0),
      max: fc.constant(100),
      thresholds: fc.constantFrom(
        [
          { atLeast: 0, score: 0 },
          { atLeast: 20, score: 2 },
          { atLeast: 60, score: 5 },
        ],
        [
          { atMost: 5, score: 4 },
          { atMost: 30, score: 1 },
        ],
      ),
    }),
  );
}

function groupArb(prefix: string, depth: number, top: number): fc.Arbitrary<RawGroup> {
  const questions = fc
    .integer({ min: 1, max: 4 })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`${prefix}.q${i}`, top))),
    );
  const subgroups =
    depth >= 3
      ? fc.constant([])
      : fc
          .integer({ min: 0, max: 2 })
          .chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, i) => groupArb(`${prefix}.g${i}`, depth + 1, top)),
            ),
          );
  return fc.record({
    id: fc.constant(prefix),
    title: fc.constant(prefix),
    weight: fc.integer({ min: 1, max: 3 }),
    aggregate: fc
      .constantFrom(...aggregations)
      .map((method) => (method === 'staged' ? { method, share: 0.6, met: 0.5 } : method)),
    groups: subgroups,
    questions,
  });
}

const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .integer({ min: 2, max: 5 })
  .chain((top) =>
    fc.record({
      top: fc.constant(top),
      domains: fc
        .integer({ min: 1, max: 3 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => groupArb(`d${i}`, 1, top)))),
      aggregate: fc.constantFrom('mean', 'weighted-mean', 'sum', 'min', 'max'),
      levels: fc.constantFrom<unknown>('floor', {
        thresholds: [
          { level: 1, atLeast: 0.3 },
          { level: 2, atLeast: 0.7 },
        ],
      }),
    }),
  )
  .map(({ top, domains, aggregate, levels }) => {
    const result = validateQuestionnaire({
      format: 1,
      id: 'generated',
      version: '1.0',
      title: 'Generated',
      description: 'Generated',
      authors: [{ name: 'fast-check' }],
      licence: 'CC0-1.0',
      status: 'draft',
      languages: ['en'],
      maturity: {
        levels: Array.from({ length: top + 1 }, (_, level) => ({ level, name: `L${level}` })),
      },
      answers: { notApplicable: 'exclude', dontKnow: 'zero' },
      scoring: { aggregate, levels },
      domains,
    });
    if (!result.value) throw new Error(JSON.stringify(result.problems));
    return result.value;
  });

function questionsOf(group: Group): Question[] {
  return [...(group.groups ?? []).flatMap(questionsOf), ...(group.questions ?? [])];
}

/** Every answered value a question accepts, from a small sample for numbers. */
function candidates(q: Questionnaire, question: Question): Answer['value'][] {
  switch (question.kind) {
    case 'choice':
      return (scaleOptions(q, question.scale) ?? []).map((o) => o.id);
    case 'yes-no':
      return ['no', 'partly', 'yes'];
    case 'checklist':
      return [[], ['a'], ['b'], ['a', 'b'], ['a', 'c'], ['a', 'b', 'c']];
    case 'number':
      return [0, 3, 5, 10, 20, 30, 59, 60, 100];
    case 'text':
      return ['text'];
  }
}

const answerChoice = fc.record({
  state: fc.constantFrom(
    'answered',
    'answered',
    'answered',
    'not-applicable',
    'dont-know',
    'unanswered',
  ),
  pick: fc.nat(),
});

function answersFor(
  q: Questionnaire,
  picks: { state: string; pick: number }[],
): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  q.domains.flatMap(questionsOf).forEach((question, index) => {
    const choice = picks[index % picks.length] ?? { state: 'unanswered', pick: 0 };
    if (choice.state === 'unanswered') return;
    if (choice.state !== 'answered') {
      answers.set(question.id, {
        state: choice.state === 'dont-know' ? 'dont-know' : 'not-applicable',
      });
      return;
    }
    const values = candidates(q, question);
    answers.set(question.id, {
      state: 'answered',
      value: values[choice.pick % values.length] ?? null,
    });
  });
  return answers;
}

const scenario = fc.tuple(
  questionnaireArb,
  fc.array(answerChoice, { minLength: 1, maxLength: 40 }),
);

function allNodes(result: ScoreResult) {
  return [...result.nodes.values()];
}

describe('scoring properties', () => {
  test.prop([scenario], { numRuns: RUNS })(
    'every score lies between 0 and its maximum, every level on the scale',
    ([q, picks]) => {
      const result = scoreAssessment(q, answersFor(q, picks));
      const top = q.maturity.levels.length - 1;
      for (const node of allNodes(result)) {
        if (node.score !== null) {
          expect(node.score).toBeGreaterThanOrEqual(-1e-9);
          expect(node.score).toBeLessThanOrEqual(node.max + 1e-9);
          expect(node.ratio).toBeGreaterThanOrEqual(-1e-9);
          expect(node.ratio).toBeLessThanOrEqual(1 + 1e-9);
        }
        if (node.level !== null) {
          expect(node.level).toBeGreaterThanOrEqual(0);
          expect(node.level).toBeLessThanOrEqual(top);
        }
        expect(node.answered).toBeLessThanOrEqual(node.total);
      }
    },
    TIMEOUT,
  );

  test.prop([scenario, fc.nat(), fc.nat()], { numRuns: RUNS })(
    'raising one answer never lowers any score',
    ([q, picks], which, higher) => {
      const answers = answersFor(q, picks);
      const answered = [...answers.entries()].filter(([, a]) => a.state === 'answered');
      const [id, answer] = answered[which % Math.max(1, answered.length)] ?? [];
      if (!id || !answer) return;
      const question = q.domains.flatMap(questionsOf).find((x) => x.id === id);
      if (!question) return;
      const alone = (value: Answer['value']) =>
        scoreAssessment(q, new Map([[id, { state: 'answered' as const, value }]])).nodes.get(id)
          ?.score ?? 0;
      const current = alone(answer.value);
      const better = candidates(q, question).filter((value) => alone(value) >= current);
      const raised = better[higher % better.length];
      const before = scoreAssessment(q, answers);
      const after = scoreAssessment(
        q,
        new Map(answers).set(id, { state: 'answered', value: raised ?? null }),
      );
      for (const node of allNodes(before)) {
        const next = after.nodes.get(node.id);
        if (node.score !== null && next?.score !== null && next?.score !== undefined) {
          expect(next.ratio ?? 0).toBeGreaterThanOrEqual((node.ratio ?? 0) - 1e-9);
          expect(next.level ?? 0).toBeGreaterThanOrEqual(node.level ?? 0);
        }
      }
    },
    TIMEOUT,
  );

  test.prop([scenario, fc.integer()], { numRuns: RUNS })(
    'reordering domains, groups and questions changes nothing',
    ([q, picks], seed) => {
      const answers = answersFor(q, picks);
      const shuffle = <T>(items: readonly T[] | undefined, salt: number): T[] | undefined => {
        if (!items) return items;
        const copy = [...items];
        let state = (seed ^ salt) >>> 0;
        for (let i = copy.length - 1; i > 0; i--) {
          state = (state * 1664525 + 1013904223) >>> 0;
          const j = state % (i + 1);
          [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
        }
        return copy;
      };
      const reorder = (group: Group, salt: number): Group => ({
        ...group,
        groups: shuffle(group.groups, salt)?.map((g, i) => reorder(g, salt * 31 + i)),
        questions: shuffle(group.questions, salt + 7),
      });
      const reordered: Questionnaire = {
        ...q,
        domains: shuffle(q.domains, 1)?.map((d, i) => reorder(d, i + 2)) ?? [],
      };
      const before = scoreAssessment(q, answers);
      const after = scoreAssessment(reordered, answers);
      expect([...after.nodes.keys()].sort()).toEqual([...before.nodes.keys()].sort());
      for (const node of allNodes(before)) {
        const other = after.nodes.get(node.id);
        expect(other?.level).toBe(node.level);
        if (node.score === null) expect(other?.score).toBeNull();
        else expect(other?.score).toBeCloseTo(node.score, 9);
      }
    },
    TIMEOUT,
  );
});
