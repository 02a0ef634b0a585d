import { can, type Actor, type OrganisationTarget } from '~/domain/policy';
import type { AssessmentSummary } from '~/models/assessment.server';
import { hasSnapshot } from '~/models/score-snapshot.server';

export interface AssessmentHeader {
  base: string;
  assessment: Pick<AssessmentSummary, 'id' | 'cycle' | 'status' | 'title' | 'version'>;
  /** The person runs this assessment (and so may submit it while it is open). */
  canManage: boolean;
  /** It was submitted once: its results exist, even while it is reopened. */
  hasResults: boolean;
}

/** The head of every page of an assessment: its cycle, state and version, and its tabs. */
export function assessmentHeader(input: {
  actor: Actor;
  organisationId: number;
  assessment: AssessmentSummary;
  /** The assessment as the policy sees it (requireAssessment's target). */
  target: OrganisationTarget;
}): AssessmentHeader {
  const { assessment } = input;
  return {
    base: `/o/${input.organisationId}/assessments/${assessment.id}`,
    assessment: {
      id: assessment.id,
      cycle: assessment.cycle,
      status: assessment.status,
      title: assessment.title,
      version: assessment.version,
    },
    canManage: can(input.actor, 'assessment:manage', input.target),
    hasResults: hasSnapshot(assessment.id),
  };
}
