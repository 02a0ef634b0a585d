import type { TFunction } from 'i18next';
import { can, type Actor, type OrganisationTarget } from '~/domain/policy';
import { progressByDomain } from '~/domain/progress';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { listAnswerRecords } from '~/models/answer.server';
import type { AssessmentSummary } from '~/models/assessment.server';
import { listAssignments, listReadyDomains } from '~/models/domain-work.server';
import { assignablePeople } from '~/models/role.server';

export interface AssessmentOverview {
  base: string;
  status: AssessmentSummary['status'];
  domains: {
    id: string;
    title: string;
    answered: number;
    total: number;
    /** Answers carried over from the last cycle that nobody has confirmed or changed yet. */
    needsReview: number;
    assignees: { id: number; name: string }[];
    ready: boolean;
    assignedToMe: boolean;
  }[];
  /** Who may be assigned domains: for the lead respondent only, else empty. */
  people: { id: number; name: string }[];
  canManage: boolean;
  canReopen: boolean;
  meta: { title: string; site: string };
}

/**
 * An assessment at a glance: how far each domain is, who it is assigned to and whether it is
 * ready for review; and what the person may do about it.
 */
export function assessmentOverview(input: {
  actor: Actor;
  organisationId: number;
  assessment: AssessmentSummary;
  definition: Questionnaire;
  /** The assessment as the policy sees it (requireAssessment's target). */
  target: OrganisationTarget;
  locale: string;
  t: TFunction;
}): AssessmentOverview {
  const { actor, assessment, definition, target, locale, t } = input;
  const answers = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const assignments = listAssignments(assessment.id);
  const ready = listReadyDomains(assessment.id);
  const progress = progressByDomain(definition, answers);
  const canManage = can(actor, 'assessment:manage', target);
  return {
    base: `/o/${input.organisationId}/assessments/${assessment.id}`,
    status: assessment.status,
    domains: definition.domains.map((domain, index) => {
      const p = progress[index];
      return {
        id: domain.id,
        title: textIn(domain.title, locale),
        answered: p?.answered ?? 0,
        total: p?.total ?? 0,
        needsReview: p?.needsReview ?? 0,
        assignees: assignments
          .filter((a) => a.domainId === domain.id)
          .map((a) => ({ id: a.userId, name: a.name })),
        ready: ready.some((r) => r.domainId === domain.id),
        assignedToMe: assignments.some(
          (a) => a.domainId === domain.id && a.userId === actor.userId,
        ),
      };
    }),
    people: canManage ? assignablePeople(input.organisationId) : [],
    canManage,
    canReopen: can(actor, 'assessment:reopen', target),
    meta: { title: t('header.title', { cycle: assessment.cycle }), site: t('common:app.name') },
  };
}
