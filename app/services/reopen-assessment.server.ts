import { can, type Actor, type OrganisationTarget } from '~/domain/policy';
import { markReopened } from '~/models/assessment.server';
import { audit } from '~/models/audit.server';

/**
 * Reopens a submitted assessment with a reason (a coordinator or an administrator, at the
 * parliament's request): it drops out of benchmarks and hub figures until submitted again. With
 * `by`, the reopening is also written to the audit log.
 */
export function reopenAssessment(
  assessmentId: number,
  userId: number,
  reason: string,
  by?: { organisationId: number; address: string },
): boolean {
  const reopened = markReopened(assessmentId, userId, reason);
  if (reopened && by)
    audit({
      action: 'assessment.reopened',
      actorId: userId,
      targetType: 'assessment',
      targetId: assessmentId,
      organisationId: by.organisationId,
      address: by.address,
      detail: { reason },
    });
  return reopened;
}

/**
 * A coordinator or an administrator reopens a submitted assessment from its page, with a reason
 * (audited), and is told where to land: the assessment itself when they may still read it, else
 * (a coordinator, who reads submitted work only) the member's page in a hub they coordinate.
 */
export function reopenWithReason(input: {
  actor: Actor;
  organisationId: number;
  assessment: { id: number; cycle: number };
  /** The assessment as the policy sees it (requireAssessment's target). */
  target: OrganisationTarget;
  reason: string;
  address: string;
}): { landing: string } {
  const { actor, organisationId, assessment, target } = input;
  reopenAssessment(assessment.id, actor.userId, input.reason, {
    organisationId,
    address: input.address,
  });
  if (can(actor, 'assessment:view', { ...target, submitted: false }))
    return { landing: `/o/${organisationId}/assessments/${assessment.id}?reopened=1` };
  const hub = target.hubIds.find((id) => actor.coordinatedHubs.includes(id));
  return {
    landing:
      hub === undefined
        ? `/o/${organisationId}/assessments`
        : `/hubs/${hub}/members/${organisationId}?cycle=${assessment.cycle}&reopened=1`,
  };
}
