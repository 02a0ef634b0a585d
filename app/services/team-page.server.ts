import { listTeam, type TeamMember } from '~/models/role.server';

export interface TeamPageView {
  /** The people of the parliament, by name, with their role and whether they signed in yet. */
  team: TeamMember[];
}

/** A parliament's team page. */
export function teamPage(input: { organisationId: number }): TeamPageView {
  return { team: listTeam(input.organisationId) };
}
