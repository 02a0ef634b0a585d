import { createRequest, getHub } from '~/models/hub.server';

export type JoinOutcome = {
  status: 'created' | 'already-member' | 'already-pending' | 'unknown-hub';
};

/** A parliament asks the coordinators of a hub to let it join, with an optional message. */
export function askToJoinHub(input: {
  organisationId: number;
  requestedBy: number;
  hubId: number;
  message: string;
}): JoinOutcome {
  if (!getHub(input.hubId)) return { status: 'unknown-hub' };
  return {
    status: createRequest({
      hubId: input.hubId,
      organisationId: input.organisationId,
      requestedBy: input.requestedBy,
      message: input.message,
    }),
  };
}
