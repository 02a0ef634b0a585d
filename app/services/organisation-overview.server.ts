import { cohortsOfOrganisation, listCohorts, requestsOfOrganisation } from '~/models/cohort.server';

export interface OrganisationOverviewView {
  /** The hubs the parliament is a member of. */
  cohorts: { id: number; name: string }[];
  /** The hubs it may ask to join, for those who manage the team (empty otherwise). */
  otherHubs: { id: number; name: string }[];
  /** Its requests to join hubs, newest first, for those who manage the team (empty otherwise). */
  requests: { id: number; cohortName: string; status: 'pending' | 'accepted' | 'declined' }[];
}

/** A parliament's overview page: its hubs and, when `withRequests`, its requests to join others. */
export function organisationOverview(input: {
  organisationId: number;
  withRequests: boolean;
}): OrganisationOverviewView {
  const cohorts = cohortsOfOrganisation(input.organisationId).map((c) => ({
    id: c.id,
    name: c.name,
  }));
  if (!input.withRequests) return { cohorts, otherHubs: [], requests: [] };
  const member = new Set(cohorts.map((c) => c.id));
  return {
    cohorts,
    otherHubs: listCohorts()
      .filter((c) => !member.has(c.id))
      .map((c) => ({ id: c.id, name: c.name })),
    requests: requestsOfOrganisation(input.organisationId).map((r) => ({
      id: r.id,
      cohortName: r.cohortName,
      status: r.status,
    })),
  };
}
