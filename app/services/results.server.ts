import type { TFunction } from 'i18next';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex, topLevel, walkTree } from '~/domain/questionnaire/tree';
import { OVERALL, type NodeScore } from '~/domain/scoring/score';
import { computeGaps, levelGap, progressSinceBaseline, type TargetSet } from '~/domain/targets';
import { countingFor } from '~/domain/scoring/answers';

export interface ExplanationView {
  rule: string;
  /** What the rule does, in words. */
  summary: string;
  levelRule: string;
  rows: {
    label: string;
    score: number | null;
    max: number;
    weight: number;
    counted: boolean;
    note: string;
  }[];
  stages: { level: number; counted: number; met: number; required: number; passed: boolean }[];
}

export interface DomainResult {
  id: string;
  title: string;
  score: number | null;
  max: number;
  level: number | null;
  levelName: string | null;
  target: number | null;
  gap: number | null;
  percentToTarget: number | null;
  baseline: number | null;
  progress: number | null;
  answered: number;
  total: number;
  explanation: ExplanationView;
}

export interface ResultsView {
  top: number;
  levels: { level: number; name: string }[];
  overall: Omit<DomainResult, 'id' | 'title'>;
  domains: DomainResult[];
  largestGaps: {
    questionId: string;
    text: string;
    domain: string;
    current: number;
    target: number;
    gap: number;
  }[];
}

function labelOf(questionnaire: Questionnaire, id: string, locale: string): string {
  for (const entry of walkTree(questionnaire)) {
    if (entry.node.id === id)
      return textIn(entry.kind === 'group' ? entry.node.title : entry.node.text, locale);
  }
  return id;
}

/** A score's explanation in the reader's language: the rule, each child, what was left out and why. */
export function explain(
  questionnaire: Questionnaire,
  node: NodeScore,
  locale: string,
  t: TFunction,
): ExplanationView {
  const e = node.explanation;
  const levelRule = (rule: unknown) =>
    rule === 'chosen'
      ? t('results:explain.levelChosen')
      : rule === 'floor'
        ? t('results:explain.levelFloor')
        : t('results:explain.levelThresholds');
  if (e.rule === 'question') {
    const entry = questionIndex(questionnaire).get(node.id);
    const counting =
      entry && e.state !== 'answered' && e.state !== 'unanswered'
        ? countingFor(questionnaire, entry.node, e.state)
        : undefined;
    return {
      rule: 'question',
      summary: t(`results:explain.question.${e.state}`, {
        counting: counting ? t(`results:explain.counting.${counting}`) : '',
      }),
      levelRule: levelRule(e.level),
      rows: [],
      stages: [],
    };
  }
  const rows = e.contributions.map((c) => ({
    label: labelOf(questionnaire, c.id, locale),
    score: c.score,
    max: c.max,
    weight: c.weight,
    counted: c.counted,
    note: c.reason
      ? c.counted
        ? t(`results:explain.countedAsZero.${c.reason}`)
        : t(`results:explain.leftOut.${c.reason}`)
      : '',
  }));
  if (e.rule === 'staged') {
    return {
      rule: 'staged',
      summary: t('results:explain.rule.staged', { met: Math.round(e.met * 100) }),
      levelRule: t('results:explain.levelStaged'),
      rows,
      stages: e.stages.map((s) => ({
        level: s.level,
        counted: s.counted,
        met: s.met,
        required: s.required,
        passed: s.passed,
      })),
    };
  }
  return {
    rule: e.rule,
    summary: t(`results:explain.rule.${e.rule}`, { outOf: e.outOf }),
    levelRule: levelRule(e.level),
    rows,
    stages: [],
  };
}

/**
 * An assessment's scores in the reader's language, from a snapshot, targets and a baseline: what
 * the results page shows, and a hub member's page (for its coordinators). The dashboard builds
 * its own view (dashboard.server.ts).
 */
export function resultsView(input: {
  questionnaire: Questionnaire;
  nodes: ReadonlyMap<string, NodeScore>;
  targets: TargetSet;
  baseline?: ReadonlyMap<string, NodeScore>;
  locale: string;
  t: TFunction;
}): ResultsView {
  const { questionnaire: q, nodes, targets, baseline, locale, t } = input;
  const gaps = computeGaps(q, nodes, targets);
  const levels = q.maturity.levels.map((l) => ({ level: l.level, name: textIn(l.name, locale) }));
  const levelName = (level: number | null) =>
    level === null ? null : (levels.find((l) => l.level === level)?.name ?? null);
  const index = questionIndex(q);
  const domainTargets = q.domains.map((d) => targets.domains.get(d.id) ?? null);
  const withTargets = domainTargets.filter((v): v is number => v !== null);
  const figure = (id: string, target: number | null): Omit<DomainResult, 'id' | 'title'> => {
    const node = nodes.get(id);
    const totals = gaps.totals.get(id);
    const base = baseline?.get(id)?.score ?? null;
    return {
      score: node?.score ?? null,
      max: node?.max ?? topLevel(q),
      level: node?.level ?? null,
      levelName: levelName(node?.level ?? null),
      target,
      gap: levelGap(target, node?.level ?? null),
      percentToTarget: totals?.percentToTarget ?? null,
      baseline: base,
      progress: progressSinceBaseline(node?.score ?? null, base, target),
      answered: node?.answered ?? 0,
      total: node?.total ?? 0,
      explanation: node
        ? explain(q, node, locale, t)
        : { rule: '', summary: '', levelRule: '', rows: [], stages: [] },
    };
  };
  const overallTarget = withTargets.length
    ? withTargets.reduce((a, b) => a + b, 0) / withTargets.length
    : null;
  return {
    top: topLevel(q),
    levels,
    overall: figure(OVERALL, overallTarget),
    domains: q.domains.map((d, i) => ({
      id: d.id,
      title: textIn(d.title, locale),
      ...figure(d.id, domainTargets[i] ?? null),
    })),
    largestGaps: gaps.questions
      .filter((g) => g.gap > 0)
      .sort((a, b) => b.gap - a.gap || a.questionId.localeCompare(b.questionId))
      .slice(0, 10)
      .map((g) => ({
        questionId: g.questionId,
        text: textIn(index.get(g.questionId)?.node.text ?? g.questionId, locale),
        domain: textIn(q.domains.find((d) => d.id === g.domainId)?.title ?? g.domainId, locale),
        current: g.current,
        target: g.target,
        gap: g.gap,
      })),
  };
}
