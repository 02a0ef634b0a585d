import type {
  Aggregation,
  Group,
  LevelRule,
  Question,
  Questionnaire,
} from '../questionnaire/schema';
import { bottomLevel, isScored, questionsOf, scaleOptions, topLevel } from '../questionnaire/tree';
import { checkAnswer, countingFor, type AnswerSet } from './answers';

/** The id of the root of every score tree; never a valid node id (ids cannot start with "_"). */
export const OVERALL = '_overall';

const EPSILON = 1e-9;

export type ExclusionReason = 'unanswered' | 'not-applicable' | 'dont-know' | 'nothing-to-score';

export interface Contribution {
  id: string;
  kind: 'group' | 'question';
  weight: number;
  score: number | null;
  max: number;
  ratio: number | null;
  /** False when the child was left out of this node's figure. */
  counted: boolean;
  /** Why it was left out, or (for a counted don't-know or not-applicable) why it scored 0. */
  reason?: ExclusionReason;
}

export interface StageCheck {
  level: number;
  criteria: number;
  counted: number;
  met: number;
  required: number;
  passed: boolean;
}

export type Explanation =
  | {
      rule: 'question';
      kind: Question['kind'];
      state: 'answered' | 'not-applicable' | 'dont-know' | 'unanswered';
      counting?: 'exclude' | 'zero';
      level: 'chosen' | LevelRule;
    }
  | {
      rule: 'mean' | 'weighted-mean' | 'sum' | 'min' | 'max';
      outOf: number;
      level: LevelRule;
      contributions: Contribution[];
    }
  | {
      rule: 'staged';
      share: number | Record<string, number>;
      met: number;
      stages: StageCheck[];
      contributions: Contribution[];
    };

export interface NodeScore {
  id: string;
  kind: 'overall' | 'group' | 'question';
  parentId: string | null;
  /** 0 for the overall score, 1 for domains, and so on down the tree. */
  depth: number;
  score: number | null;
  max: number;
  ratio: number | null;
  level: number | null;
  /** Scored questions under this node that have an answer (any answer), and how many there are. */
  answered: number;
  total: number;
  explanation: Explanation;
}

export interface ScoreResult {
  overall: NodeScore;
  /** Every scored node by id, the overall score under OVERALL. Text questions are not scored. */
  nodes: Map<string, NodeScore>;
}

function levelFromRatio(ratio: number, rule: LevelRule, bottom: number, top: number): number {
  if (rule === 'floor') {
    return Math.min(top, Math.max(bottom, Math.floor(ratio * top + EPSILON)));
  }
  let level = bottom;
  for (const threshold of rule.thresholds) {
    if (ratio + EPSILON >= threshold.atLeast) level = threshold.level;
  }
  return level;
}

interface Scorer {
  questionnaire: Questionnaire;
  answers: AnswerSet;
  bottom: number;
  top: number;
  nodes: Map<string, NodeScore>;
}

/** Score and maximum of an answered question, by kind. */
function answeredScore(
  q: Questionnaire,
  question: Question,
  value: unknown,
): { score: number; max: number } {
  switch (question.kind) {
    case 'choice': {
      const options = scaleOptions(q, question.scale) ?? [];
      const max = Math.max(...options.map((o) => o.value));
      return { score: options.find((o) => o.id === value)?.value ?? 0, max };
    }
    case 'checklist': {
      const ticked = new Set(Array.isArray(value) ? value : []);
      if (question.score === 'share') {
        const share = question.items.filter((i) => ticked.has(i.id)).length / question.items.length;
        return { score: share, max: 1 };
      }
      const worth = (i: { value?: number }) => i.value ?? 1;
      return {
        score: question.items.filter((i) => ticked.has(i.id)).reduce((sum, i) => sum + worth(i), 0),
        max: question.items.reduce((sum, i) => sum + worth(i), 0),
      };
    }
    case 'yes-no': {
      const values = { yes: 1, partly: 0.5, no: 0, ...question.values };
      const score = value === 'yes' ? values.yes : value === 'partly' ? values.partly : values.no;
      return { score, max: values.yes };
    }
    case 'number': {
      const max = Math.max(...question.thresholds.map((t) => t.score));
      const figure = typeof value === 'number' ? value : Number.NaN;
      let score = 0;
      if (question.thresholds[0]?.atMost !== undefined) {
        score = question.thresholds.find((t) => figure <= (t.atMost ?? -Infinity))?.score ?? 0;
      } else {
        for (const t of question.thresholds) if (figure >= (t.atLeast ?? Infinity)) score = t.score;
      }
      return { score, max };
    }
    case 'text':
      return { score: 0, max: 0 };
  }
}

function scoreQuestion(s: Scorer, question: Question, parentId: string, depth: number): NodeScore {
  const { questionnaire: q } = s;
  const given = s.answers.get(question.id);
  const check = given ? checkAnswer(q, question, given) : undefined;
  const answer = check?.ok ? check.answer : undefined;
  const levelRule =
    question.kind === 'choice' && question.scale === 'maturity' ? 'chosen' : q.scoring.levels;
  const base = { id: question.id, kind: 'question' as const, parentId, depth, total: 1 };
  const { max } = answeredScore(q, question, undefined);

  if (!answer) {
    return {
      ...base,
      score: null,
      max,
      ratio: null,
      level: null,
      answered: 0,
      explanation: { rule: 'question', kind: question.kind, state: 'unanswered', level: levelRule },
    };
  }
  if (answer.state !== 'answered') {
    const counting = countingFor(q, question, answer.state) === 'zero' ? 'zero' : 'exclude';
    const counted = counting === 'zero';
    return {
      ...base,
      score: counted ? 0 : null,
      max,
      ratio: counted ? 0 : null,
      level: counted ? s.bottom : null,
      answered: 1,
      explanation: {
        rule: 'question',
        kind: question.kind,
        state: answer.state,
        counting,
        level: levelRule,
      },
    };
  }
  const { score } = answeredScore(q, question, answer.value);
  const ratio = max > 0 ? score / max : 0;
  const level =
    levelRule === 'chosen'
      ? Number(answer.value)
      : levelFromRatio(ratio, levelRule, s.bottom, s.top);
  return {
    ...base,
    score,
    max,
    ratio,
    level,
    answered: 1,
    explanation: { rule: 'question', kind: question.kind, state: 'answered', level: levelRule },
  };
}

function contribution(node: NodeScore, weight: number): Contribution {
  const reason: ExclusionReason | undefined =
    node.explanation.rule === 'question'
      ? node.explanation.state === 'answered'
        ? undefined
        : node.explanation.state
      : node.ratio === null
        ? 'nothing-to-score'
        : undefined;
  return {
    id: node.id,
    kind: node.kind === 'question' ? 'question' : 'group',
    weight,
    score: node.score,
    max: node.max,
    ratio: node.ratio,
    counted: node.ratio !== null,
    reason,
  };
}

function combine(
  method: 'mean' | 'weighted-mean' | 'sum' | 'min' | 'max',
  counted: Contribution[],
) {
  const ratios = counted.map((c) => c.ratio ?? 0);
  switch (method) {
    case 'mean':
      return { ratio: ratios.reduce((a, b) => a + b, 0) / ratios.length };
    case 'weighted-mean': {
      const weights = counted.reduce((sum, c) => sum + c.weight, 0);
      return { ratio: counted.reduce((sum, c) => sum + c.weight * (c.ratio ?? 0), 0) / weights };
    }
    case 'min':
      return { ratio: Math.min(...ratios) };
    case 'max':
      return { ratio: Math.max(...ratios) };
    case 'sum': {
      const score = counted.reduce((sum, c) => sum + c.weight * (c.score ?? 0), 0);
      const max = counted.reduce((sum, c) => sum + c.weight * c.max, 0);
      return { ratio: max > 0 ? score / max : 0, score, max };
    }
  }
}

function staged(
  s: Scorer,
  questions: Question[],
  aggregation: Extract<Aggregation, { method: 'staged' }>,
): { reached: number | null; stages: StageCheck[] } {
  const met = aggregation.met ?? 1;
  const criteria = questions.filter((q) => isScored(q) && q.level !== undefined);
  const stages: StageCheck[] = [];
  const highest = Math.max(...criteria.map((c) => c.level ?? s.bottom));
  let reached = s.bottom;
  let blocked = false;
  let anyCounted = false;
  for (let level = s.bottom + 1; level <= highest; level++) {
    const own = criteria.filter((c) => c.level === level).map((c) => s.nodes.get(c.id));
    const counted = own.filter((n) => n?.ratio !== null && n?.ratio !== undefined);
    const metCount = counted.filter((n) => (n?.ratio ?? 0) + EPSILON >= met).length;
    const required =
      typeof aggregation.share === 'number'
        ? aggregation.share
        : (aggregation.share[String(level)] ?? 1);
    anyCounted ||= counted.length > 0;
    const passed = counted.length === 0 || metCount / counted.length + EPSILON >= required;
    stages.push({
      level,
      criteria: own.length,
      counted: counted.length,
      met: metCount,
      required,
      passed,
    });
    if (!blocked && passed) reached = level;
    else blocked = true;
  }
  return { reached: anyCounted ? reached : null, stages };
}

function scoreGroup(
  s: Scorer,
  group: Pick<Group, 'id' | 'aggregate' | 'outOf' | 'levels' | 'groups' | 'questions'>,
  parentId: string | null,
  depth: number,
  kind: 'overall' | 'group',
): NodeScore {
  const children: { node: NodeScore; weight: number }[] = [
    ...(group.groups ?? []).map((g) => ({
      node: scoreGroup(s, g, group.id, depth + 1, 'group'),
      weight: g.weight ?? 1,
    })),
    ...(group.questions ?? [])
      .filter(isScored)
      .map((q) => ({ node: scoreQuestion(s, q, group.id, depth + 1), weight: q.weight ?? 1 })),
  ];
  for (const child of children) s.nodes.set(child.node.id, child.node);
  const contributions = children.map((c) => contribution(c.node, c.weight));
  const counted = contributions.filter((c) => c.counted);
  const answered = children.reduce((sum, c) => sum + c.node.answered, 0);
  const total = children.reduce((sum, c) => sum + c.node.total, 0);
  const base = { id: group.id, kind, parentId, depth, answered, total };
  const aggregation = group.aggregate;

  if (typeof aggregation === 'object' && aggregation.method === 'staged') {
    const questions = [...(group.groups ?? []).flatMap(questionsOf), ...(group.questions ?? [])];
    const { reached, stages } = staged(s, questions, aggregation);
    return {
      ...base,
      score: reached,
      max: s.top,
      ratio: reached === null ? null : reached / s.top,
      level: reached,
      explanation: {
        rule: 'staged',
        share: aggregation.share,
        met: aggregation.met ?? 1,
        stages,
        contributions,
      },
    };
  }

  const method = typeof aggregation === 'string' ? aggregation : aggregation.method;
  const levelRule = group.levels ?? s.questionnaire.scoring.levels;
  const explanation = { rule: method, outOf: 0, level: levelRule, contributions };
  if (counted.length === 0) {
    const outOf = group.outOf ?? s.top;
    return {
      ...base,
      score: null,
      max: outOf,
      ratio: null,
      level: null,
      explanation: { ...explanation, outOf },
    };
  }
  const combined = combine(method, counted);
  const outOf = group.outOf ?? (method === 'sum' ? (combined.max ?? s.top) : s.top);
  const score =
    method === 'sum' && group.outOf === undefined ? (combined.score ?? 0) : combined.ratio * outOf;
  return {
    ...base,
    score,
    max: outOf,
    ratio: combined.ratio,
    level: levelFromRatio(combined.ratio, levelRule, s.bottom, s.top),
    explanation: { ...explanation, outOf },
  };
}

/**
 * Scores answers against a questionnaire by the rules it declares. Pure: the same definition and
 * answers always give the same figures, and every figure carries its explanation.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: AnswerSet): ScoreResult {
  const scorer: Scorer = {
    questionnaire,
    answers,
    bottom: bottomLevel(questionnaire),
    top: topLevel(questionnaire),
    nodes: new Map(),
  };
  const overall = scoreGroup(
    scorer,
    {
      id: OVERALL,
      aggregate: questionnaire.scoring.aggregate,
      outOf: questionnaire.scoring.outOf,
      levels: questionnaire.scoring.levels,
      groups: questionnaire.domains,
    },
    null,
    0,
    'overall',
  );
  scorer.nodes.set(OVERALL, overall);
  return { overall, nodes: scorer.nodes };
}
