/*
 * Who may do what: the one place that answers "may this user do this to that". Guards in
 * app/access/ ask it before a route does anything; models scope their queries by the
 * same rules, so that a forgotten guard still cannot leak another parliament's rows.
 */

export const roles = ['lead', 'contributor', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: number;
  isAdmin: boolean;
  memberships: ReadonlyArray<{ organisationId: number; role: Role }>;
  /** Hubs (hubs) this person coordinates. */
  coordinatedHubs: readonly number[];
}

export type Permission =
  /** Administration pages: parliaments, hubs, users, audit log, outbox. */
  | 'platform:administer'
  /** The organisation's page: its profile, its people, its assessments' status. */
  | 'organisation:view'
  /** Invite colleagues, change their roles, remove them. */
  | 'organisation:manage-team'
  /** Start an assessment, assign domains, set targets, submit. */
  | 'assessment:manage'
  /** Change answers (a contributor only in the domains assigned to them). */
  | 'assessment:answer'
  /** Read answers. Coordinators read submitted assessments of their hubs only. */
  | 'assessment:view'
  /** Reopen a submitted assessment, with a reason. */
  | 'assessment:reopen'
  /** Scores, charts and benchmarks of the organisation. */
  | 'results:view'
  /** Opt in or out of being named as a good-practice example. */
  | 'results:manage-visibility'
  /** A hub's overview, heat map and exports. */
  | 'hub:view'
  /** Accept or decline membership requests of a hub. */
  | 'hub:manage';

export interface OrganisationTarget {
  organisationId: number;
  /** Hubs the organisation belongs to: coordinators see their hubs' members. */
  hubIds: readonly number[];
  /** For assessments: whether it is submitted (coordinators see submitted work only). */
  submitted?: boolean;
  /** For answers: the people a domain is assigned to. */
  assignees?: readonly number[];
}

export interface HubTarget {
  hubId: number;
}

export type Target = OrganisationTarget | HubTarget | undefined;

export function roleIn(actor: Actor, organisationId: number): Role | undefined {
  return actor.memberships.find((m) => m.organisationId === organisationId)?.role;
}

export function coordinates(actor: Actor, hubIds: readonly number[]): boolean {
  return hubIds.some((id) => actor.coordinatedHubs.includes(id));
}

function isOrganisation(target: Target): target is OrganisationTarget {
  return target !== undefined && 'organisationId' in target;
}

function isHub(target: Target): target is HubTarget {
  return target !== undefined && 'hubId' in target;
}

export function can(actor: Actor, permission: Permission, target?: Target): boolean {
  if (permission === 'platform:administer') return actor.isAdmin;

  if (permission === 'hub:view' || permission === 'hub:manage') {
    return isHub(target) && (actor.isAdmin || actor.coordinatedHubs.includes(target.hubId));
  }

  if (!isOrganisation(target)) return false;
  const role = roleIn(actor, target.organisationId);
  const coordinator = coordinates(actor, target.hubIds);

  switch (permission) {
    case 'organisation:view':
      return actor.isAdmin || role !== undefined || coordinator;
    case 'organisation:manage-team':
      return actor.isAdmin || role === 'lead';
    case 'assessment:manage':
    case 'results:manage-visibility':
      // Administrators run the platform; the parliament's own lead respondent runs its assessment.
      return role === 'lead';
    case 'assessment:answer':
      if (target.submitted) return false;
      return (
        role === 'lead' ||
        (role === 'contributor' && (target.assignees ?? []).includes(actor.userId))
      );
    case 'assessment:view':
      return actor.isAdmin || role !== undefined || (coordinator && target.submitted === true);
    case 'assessment:reopen':
      return target.submitted === true && (actor.isAdmin || coordinator);
    case 'results:view':
      return actor.isAdmin || role !== undefined || coordinator;
  }
}
