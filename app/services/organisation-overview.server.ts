import { hubsOfOrganisation, listHubs, requestsOfOrganisation } from '~/models/hub.server';

export interface OrganisationOverviewView {
  /** The hubs the parliament is a member of. */
  hubs: { id: number; name: string }[];
  /** The hubs it may ask to join, for those who manage the team (empty otherwise). */
  otherHubs: { id: number; name: string }[];
  /** Its requests to join hubs, newest first, for those who manage the team (empty otherwise). */
  requests: { id: number; hubName: string; status: 'pending' | 'accepted' | 'declined' }[];
}

/** A parliament's overview page: its hubs and, when `withRequests`, its requests to join others. */
export function organisationOverview(input: {
  organisationId: number;
  withRequests: boolean;
}): OrganisationOverviewView {
  const hubs = hubsOfOrganisation(input.organisationId).map((c) => ({
    id: c.id,
    name: c.name,
  }));
  if (!input.withRequests) return { hubs, otherHubs: [], requests: [] };
  const member = new Set(hubs.map((c) => c.id));
  return {
    hubs,
    otherHubs: listHubs()
      .filter((c) => !member.has(c.id))
      .map((c) => ({ id: c.id, name: c.name })),
    requests: requestsOfOrganisation(input.organisationId).map((r) => ({
      id: r.id,
      hubName: r.hubName,
      status: r.status,
    })),
  };
}
