import type { Questionnaire } from './questionnaire/schema';
import { questionIndex, topLevel } from './questionnaire/tree';
import type { NodeScore } from './scoring/score';

/*
 * Targets and gaps, defined once (the README repeats these definitions):
 *
 * - A question's target is the one set for it, else its domain's target.
 * - A question's gap is max(0, target − current level); questions without a target, or left
 *   out of scoring (unanswered, not applicable when excluded), have no gap.
 * - Percent to target, for a domain or overall, is 1 − Σ gaps ÷ Σ targets over the questions
 *   that have both a target and a level. It is 100 % when every target is met or exceeded.
 * - Progress since a baseline cycle is (current − baseline) ÷ (target − baseline), per domain on
 *   its score and target, and overall on the overall score against the mean of the domain
 *   targets; it is undefined when the baseline already met the target.
 */

export interface TargetSet {
  /** Target level per domain id. */
  domains: ReadonlyMap<string, number>;
  /** Target level per question id, overriding its domain's. */
  questions: ReadonlyMap<string, number>;
}

export interface QuestionGap {
  questionId: string;
  domainId: string;
  target: number;
  current: number;
  gap: number;
}

export interface GapSummary {
  questions: QuestionGap[];
  /** Per domain and overall (key "_overall"): Σ gaps, Σ targets, percent to target (0..1) or null. */
  totals: Map<
    string,
    { gaps: number; targets: number; percentToTarget: number | null; questions: number }
  >;
}

export function effectiveTarget(
  targets: TargetSet,
  questionId: string,
  domainId: string,
): number | undefined {
  return targets.questions.get(questionId) ?? targets.domains.get(domainId);
}

export function computeGaps(
  questionnaire: Questionnaire,
  nodes: ReadonlyMap<string, NodeScore>,
  targets: TargetSet,
): GapSummary {
  const questions: QuestionGap[] = [];
  for (const [questionId, entry] of questionIndex(questionnaire)) {
    const target = effectiveTarget(targets, questionId, entry.domainId);
    const level = nodes.get(questionId)?.level;
    if (target === undefined || level === null || level === undefined) continue;
    questions.push({
      questionId,
      domainId: entry.domainId,
      target,
      current: level,
      gap: Math.max(0, target - level),
    });
  }
  const totals: GapSummary['totals'] = new Map();
  const add = (key: string, q: QuestionGap) => {
    const t = totals.get(key) ?? { gaps: 0, targets: 0, percentToTarget: null, questions: 0 };
    t.gaps += q.gap;
    t.targets += q.target;
    t.questions += 1;
    totals.set(key, t);
  };
  for (const q of questions) {
    add(q.domainId, q);
    add('_overall', q);
  }
  for (const t of totals.values())
    t.percentToTarget = t.targets > 0 ? 1 - t.gaps / t.targets : null;
  return { questions, totals };
}

/** How many levels a domain stands below its target (0 when met); null without both. */
export function levelGap(target: number | null, level: number | null): number | null {
  return target === null || level === null ? null : Math.max(0, target - level);
}

/** (current − baseline) ÷ (target − baseline); null when it cannot be said. */
export function progressSinceBaseline(
  current: number | null,
  baseline: number | null,
  target: number | null,
): number | null {
  if (current === null || baseline === null || target === null) return null;
  if (target <= baseline) return null;
  return (current - baseline) / (target - baseline);
}

/** Targets must be levels of the questionnaire's scale. */
export function isValidTarget(questionnaire: Questionnaire, value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= topLevel(questionnaire);
}
