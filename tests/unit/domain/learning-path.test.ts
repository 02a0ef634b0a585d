import { describe, expect, test } from 'vitest';
import { learningPath } from '~/domain/learning-path';
import type { CourseModule, Questionnaire } from '~/domain/questionnaire/schema';
import { validateQuestionnaire } from '~/domain/questionnaire/validate';
import { scoreAssessment } from '~/domain/scoring/score';
import type { TargetSet } from '~/domain/targets';

const levels = [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}` }));
const described = Object.fromEntries(levels.map((l) => [String(l.level), `Level ${l.level}`]));
const question = (id: string, modules?: string[]) => ({
  id,
  kind: 'choice',
  scale: 'maturity',
  text: id,
  options: described,
  ...(modules ? { modules } : {}),
});

function questionnaire(): Questionnaire {
  const result = validateQuestionnaire({
    format: 1,
    id: 'path',
    version: '1.0',
    title: 'Path',
    description: 'Learning path cases',
    authors: [{ name: 'Tests' }],
    licence: 'CC0-1.0',
    status: 'draft',
    languages: ['en'],
    maturity: { levels },
    answers: { notApplicable: 'exclude', dontKnow: 'zero' },
    scoring: { aggregate: 'mean', levels: 'floor' },
    domains: [
      {
        id: 'a',
        title: 'A',
        aggregate: 'mean',
        questions: [question('a.1'), question('a.2', ['a-deep'])],
      },
      { id: 'b', title: 'B', aggregate: 'mean', questions: [question('b.1')] },
      { id: 'c', title: 'C', aggregate: 'mean', questions: [question('c.1')] },
    ],
  });
  if (!result.value) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const q = questionnaire();
const module = (
  id: string,
  from: number,
  to: number,
  domains: string[],
  extra: Partial<CourseModule> = {},
): CourseModule => ({
  format: 1,
  id,
  title: id,
  summary: id,
  levels: { from, to },
  duration: 30,
  objectives: ['learn'],
  domains,
  questions: [],
  body: 'Body',
  ...extra,
});

const modules = [
  module('a-basics', 0, 2, ['a']),
  module('a-next', 2, 3, ['a']),
  module('a-advanced', 3, 5, ['a']),
  module('a-deep', 1, 4, []), // linked from question a.2 only
  module('b-basics', 0, 2, ['b']),
  module('b-advanced', 2, 4, ['b']),
  module('shared', 1, 3, ['b', 'c']),
  module('c-basics', 0, 1, ['c']),
];

function path(
  answers: Record<string, string>,
  targets: Partial<Record<'a' | 'b' | 'c', number>>,
  questionTargets: Record<string, number> = {},
) {
  const nodes = scoreAssessment(
    q,
    new Map(
      Object.entries(answers).map(([id, value]) => [id, { state: 'answered' as const, value }]),
    ),
  ).nodes;
  const set: TargetSet = {
    domains: new Map(Object.entries(targets)),
    questions: new Map(Object.entries(questionTargets)),
  };
  return learningPath({ questionnaire: q, nodes, targets: set, modules });
}

describe('learning path', () => {
  test('largest gap first; within a domain, level order', () => {
    // a at level 1 aims at 4 (gap 3); b at level 2 aims at 3 (gap 1); c at 1 aims at 1 (met)
    const steps = path({ 'a.1': '1', 'a.2': '1', 'b.1': '2', 'c.1': '1' }, { a: 4, b: 3, c: 1 });
    // b's modules for the step 2 → 3, by starting level: shared (1–3), then b-advanced (2–4);
    // b-basics (0–2) stops where b already is.
    expect(steps.map((s) => s.moduleId)).toEqual([
      'a-basics',
      'a-deep',
      'a-next',
      'a-advanced',
      'shared',
      'b-advanced',
    ]);
    expect(steps[0]?.reasons).toEqual([
      { domainId: 'a', current: 1, aim: 4, aimIsNextLevel: false, questions: [] },
    ]);
    expect(steps.find((s) => s.moduleId === 'a-deep')?.reasons[0]?.questions).toEqual(['a.2']);
  });

  test('ties on gap: the lower current level first, then questionnaire order', () => {
    // a: 3 → 4, b: 1 → 2, c: 1 → 2 (every gap 1); b and c tie on level: b first. c-basics
    // (0–1) is below c's level; shared serves b and c, and appears once, under b.
    const steps = path({ 'a.1': '3', 'a.2': '3', 'b.1': '1', 'c.1': '1' }, { a: 4, b: 2, c: 2 });
    expect(steps.map((s) => s.moduleId)).toEqual(['b-basics', 'shared', 'a-deep', 'a-advanced']);
    expect(steps.find((s) => s.moduleId === 'shared')?.reasons.map((r) => r.domainId)).toEqual([
      'b',
      'c',
    ]);
  });

  test('no target set: each domain aims at its next level, and says so', () => {
    // c 0 → 1, a 2 → 3, b 4 → 5 (no module reaches above 4 for b)
    const steps = path({ 'a.1': '2', 'a.2': '2', 'b.1': '4', 'c.1': '0' }, {});
    expect(steps.map((s) => s.moduleId)).toEqual(['c-basics', 'a-deep', 'a-next']);
    expect(
      steps.every((s) => s.reasons.every((r) => r.aimIsNextLevel && r.aim === r.current + 1)),
    ).toBe(true);
  });

  test('every gap closed: an empty path', () => {
    expect(path({ 'a.1': '4', 'a.2': '4', 'b.1': '3', 'c.1': '2' }, { a: 4, b: 3, c: 2 })).toEqual(
      [],
    );
  });

  test('the top level has nowhere to go; unanswered domains are left out', () => {
    expect(path({ 'a.1': '5', 'a.2': '5' }, {})).toEqual([]);
  });
});
