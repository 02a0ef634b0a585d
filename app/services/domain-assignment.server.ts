import { assignablePeople } from '~/models/role.server';
import { setAssignees } from '~/models/domain-work.server';

export type AssignOutcome = { status: 'assigned' } | { status: 'not-assignable' };

/**
 * The lead respondent gives a domain to the people who will answer it (replacing whoever had
 * it). Only the parliament's leads and contributors can be given one; otherwise nothing changes.
 */
export function assignDomain(input: {
  assessmentId: number;
  organisationId: number;
  domainId: string;
  userIds: readonly number[];
  assignedBy: number;
}): AssignOutcome {
  const allowed = new Set(assignablePeople(input.organisationId).map((p) => p.id));
  if (!input.userIds.every((id) => allowed.has(id))) return { status: 'not-assignable' };
  setAssignees(input.assessmentId, input.domainId, [...input.userIds], input.assignedBy);
  return { status: 'assigned' };
}
