import type { CourseModule, Questionnaire } from './questionnaire/schema';
import { questionsOf, topLevel } from './questionnaire/tree';
import type { NodeScore } from './scoring/score';
import type { TargetSet } from './targets';

/*
 * The learning path of an assessment: course modules that close its gaps, largest gaps first,
 * and within a domain in level order (what takes a domain from level 1 to 2 comes before what
 * takes it from 2 to 3).
 *
 * For each domain: current = its level in the assessment; aim = its target, or the next level
 * up when no target is set. A domain whose level reaches its aim has no gap and adds nothing.
 * A module serves a domain when it links to the domain or to one of its questions, and it is
 * on the path when its level range overlaps the steps still to climb (from < aim and to > current).
 * Domains are taken by gap (largest first; then the lower current level; then questionnaire
 * order); each domain's modules by their starting level, then duration, then id. A module that
 * serves several domains appears once, where it first comes, with every reason.
 */

export interface PathReason {
  domainId: string;
  current: number;
  aim: number;
  /** True when the aim is the next level because no target was set. */
  aimIsNextLevel: boolean;
  /** Questions of the domain the module links to that are below their aim. */
  questions: string[];
}

export interface PathStep {
  moduleId: string;
  levels: { from: number; to: number };
  reasons: PathReason[];
}

interface DomainNeed {
  domainId: string;
  order: number;
  current: number;
  aim: number;
  aimIsNextLevel: boolean;
  gap: number;
}

export function learningPath(input: {
  questionnaire: Questionnaire;
  nodes: ReadonlyMap<string, NodeScore>;
  targets: TargetSet;
  modules: readonly CourseModule[];
}): PathStep[] {
  const { questionnaire, nodes, targets, modules } = input;
  const top = topLevel(questionnaire);
  const needs: DomainNeed[] = [];
  questionnaire.domains.forEach((domain, order) => {
    const current = nodes.get(domain.id)?.level;
    if (current === null || current === undefined) return;
    const target = targets.domains.get(domain.id);
    const aim = target ?? Math.min(top, current + 1);
    const gap = aim - current;
    if (gap > 0)
      needs.push({
        domainId: domain.id,
        order,
        current,
        aim,
        aimIsNextLevel: target === undefined,
        gap,
      });
  });
  needs.sort((a, b) => b.gap - a.gap || a.current - b.current || a.order - b.order);

  const steps = new Map<string, PathStep>();
  for (const need of needs) {
    const domain = questionnaire.domains.find((d) => d.id === need.domainId);
    if (!domain) continue;
    const questionIds = new Set(questionsOf(domain).map((q) => q.id));
    const serving = modules
      .filter(
        (m) =>
          m.domains.includes(need.domainId) ||
          m.questions.some((q) => questionIds.has(q)) ||
          (domain.modules ?? []).includes(m.id) ||
          questionsOf(domain).some((q) => (q.modules ?? []).includes(m.id)),
      )
      .filter((m) => m.levels.from < need.aim && m.levels.to > need.current)
      .sort(
        (a, b) =>
          a.levels.from - b.levels.from || a.duration - b.duration || a.id.localeCompare(b.id),
      );
    for (const module of serving) {
      const linked = [
        ...module.questions,
        ...questionsOf(domain)
          .filter((q) => (q.modules ?? []).includes(module.id))
          .map((q) => q.id),
      ];
      const below = [...new Set(linked)].filter((id) => {
        if (!questionIds.has(id)) return false;
        const level = nodes.get(id)?.level;
        const aim = targets.questions.get(id) ?? need.aim;
        return level !== null && level !== undefined && level < aim;
      });
      const reason: PathReason = {
        domainId: need.domainId,
        current: need.current,
        aim: need.aim,
        aimIsNextLevel: need.aimIsNextLevel,
        questions: below,
      };
      const existing = steps.get(module.id);
      if (existing) existing.reasons.push(reason);
      else
        steps.set(module.id, {
          moduleId: module.id,
          levels: { ...module.levels },
          reasons: [reason],
        });
    }
  }
  return [...steps.values()];
}
