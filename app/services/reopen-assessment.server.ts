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
