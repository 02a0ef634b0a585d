import { audit } from '~/models/audit.server';
import { decideRequest } from '~/models/hub.server';

export type JoinRequestOutcome =
  | { status: 'accepted' | 'declined'; organisationId: number }
  /** No pending request of this hub has that id (decided meanwhile, or never made). */
  | { status: 'gone' };

/** A coordinator accepts (the parliament joins the hub) or declines a pending join request. */
export function decideJoinRequest(input: {
  hubId: number;
  requestId: number;
  accept: boolean;
  userId: number;
  address: string;
}): JoinRequestOutcome {
  const decided = decideRequest(input.hubId, input.requestId, input.accept, input.userId);
  if (!decided) return { status: 'gone' };
  audit({
    action: input.accept ? 'hub.request-accepted' : 'hub.request-declined',
    actorId: input.userId,
    targetType: 'hub',
    targetId: input.hubId,
    organisationId: decided.organisationId,
    address: input.address,
  });
  return {
    status: input.accept ? 'accepted' : 'declined',
    organisationId: decided.organisationId,
  };
}
