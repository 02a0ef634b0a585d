import type { TFunction } from 'i18next';
import { can, type Actor, type OrganisationTarget } from '~/domain/policy';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex, questionsOf } from '~/domain/questionnaire/tree';
import { scoreAssessment } from '~/domain/scoring/score';
import { isValidTarget } from '~/domain/targets';
import { listStoredAnswers } from '~/models/answer.server';
import type { AssessmentSummary } from '~/models/assessment.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets, saveTargets } from '~/models/target.server';

/* The levels an assessment aims for: the lead respondent sets them per domain, and refines them per question. */

export interface TargetsPage {
  levels: { level: number; name: string }[];
  domains: {
    id: string;
    title: string;
    current: number | null;
    target: number | null;
    questions: { id: string; text: string; current: number | null; target: number | null }[];
  }[];
  /** The person may change the targets: the lead respondent, while the assessment is open. */
  canManage: boolean;
  meta: { title: string; site: string };
}

/**
 * Each domain's current level and target, and its scored questions' (a question without its own
 * target aims at its domain's). Current levels come from the snapshot once submitted, and from
 * the answers so far while answering.
 */
export function targetsPage(input: {
  actor: Actor;
  assessment: AssessmentSummary;
  definition: Questionnaire;
  /** The assessment as the policy sees it (requireAssessment's target). */
  target: OrganisationTarget;
  locale: string;
  t: TFunction;
}): TargetsPage {
  const { assessment, definition, locale, t } = input;
  const saved = readTargets(assessment.id);
  const snapshot = readSnapshot(assessment.id);
  const nodes =
    snapshot.size > 0
      ? snapshot
      : scoreAssessment(
          definition,
          new Map(listStoredAnswers(assessment.id).map((a) => [a.questionId, a])),
        ).nodes;
  return {
    levels: definition.maturity.levels.map((l) => ({
      level: l.level,
      name: textIn(l.name, locale),
    })),
    domains: definition.domains.map((domain) => ({
      id: domain.id,
      title: textIn(domain.title, locale),
      current: nodes.get(domain.id)?.level ?? null,
      target: saved.domains.get(domain.id) ?? null,
      questions: questionsOf(domain)
        .filter((q) => q.kind !== 'text')
        .map((q) => ({
          id: q.id,
          text: textIn(q.text, locale),
          current: nodes.get(q.id)?.level ?? null,
          target: saved.questions.get(q.id) ?? null,
        })),
    })),
    canManage:
      can(input.actor, 'assessment:manage', input.target) && assessment.status !== 'submitted',
    meta: { title: t('targets.title'), site: t('common:app.name') },
  };
}

export type TargetsSave = { status: 'saved' } | { status: 'locked' } | { status: 'invalid' };

/**
 * Replaces an assessment's targets with the ones posted (a node without a level has none). Every
 * level must be one of the questionnaire's; posted ids that name neither a domain nor a question
 * are ignored. Nothing changes once the assessment is submitted.
 */
export function setTargets(input: {
  assessment: Pick<AssessmentSummary, 'id' | 'status'>;
  definition: Questionnaire;
  targets: readonly { node: string; level?: number }[];
  userId: number;
}): TargetsSave {
  const { assessment, definition } = input;
  if (assessment.status === 'submitted') return { status: 'locked' };
  const questions = questionIndex(definition);
  const set = { domains: new Map<string, number>(), questions: new Map<string, number>() };
  for (const { node, level } of input.targets) {
    const kind = definition.domains.some((d) => d.id === node)
      ? set.domains
      : questions.has(node)
        ? set.questions
        : undefined;
    if (!kind || level === undefined) continue;
    if (!isValidTarget(definition, level)) return { status: 'invalid' };
    kind.set(node, level);
  }
  saveTargets(assessment.id, set, input.userId);
  return { status: 'saved' };
}
