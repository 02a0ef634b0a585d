import { createRequest, getCohort } from '~/models/cohort.server';

export type JoinOutcome = {
  status: 'created' | 'already-member' | 'already-pending' | 'unknown-hub';
};

/** A parliament asks the coordinators of a hub to let it join, with an optional message. */
export function askToJoinHub(input: {
  organisationId: number;
  requestedBy: number;
  cohortId: number;
  message: string;
}): JoinOutcome {
  if (!getCohort(input.cohortId)) return { status: 'unknown-hub' };
  return {
    status: createRequest({
      cohortId: input.cohortId,
      organisationId: input.organisationId,
      requestedBy: input.requestedBy,
      message: input.message,
    }),
  };
}
