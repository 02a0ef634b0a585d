import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, preparedQuery, writeWithReferences } from '~/db/client.server';
import { hubs, coordinatorAssignments, memberships, organisations, users } from '~/db/schema';
import type { Actor, Role } from '~/domain/policy';

/*
 * Who does what: a person's role in each parliament (memberships) and the hubs they coordinate.
 * What the policy reads about a person (loadActor) comes from here.
 */

const actorQueries = preparedQuery((db) => ({
  user: db
    .select({ id: users.id, isAdmin: users.isAdmin })
    .from(users)
    .where(and(eq(users.id, sql.placeholder('userId')), isNull(users.disabledAt)))
    .prepare(),
  roles: db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, sql.placeholder('userId')))
    .prepare(),
  hubs: db
    .select({ hubId: coordinatorAssignments.hubId })
    .from(coordinatorAssignments)
    .where(eq(coordinatorAssignments.userId, sql.placeholder('userId')))
    .prepare(),
}));

/** What the policy needs to know about a person: their roles everywhere. */
export function loadActor(userId: number): Actor | undefined {
  const queries = actorQueries();
  const user = queries.user.get({ userId });
  if (!user) return undefined;
  return {
    userId: user.id,
    isAdmin: user.isAdmin,
    memberships: queries.roles.all({ userId }),
    coordinatedHubs: queries.hubs.all({ userId }).map((r) => r.hubId),
  };
}

/** Gives a role (or changes it); false when the person or the parliament does not exist. */
export function grantRole(userId: number, organisationId: number, role: Role): boolean {
  return writeWithReferences(() =>
    getDb()
      .insert(memberships)
      .values({ userId, organisationId, role })
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.organisationId],
        set: { role },
      })
      .run(),
  );
}

export function revokeRole(userId: number, organisationId: number): boolean {
  return (
    getDb()
      .delete(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
      .run().changes > 0
  );
}

export function roleOf(userId: number, organisationId: number): Role | undefined {
  return getDb()
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
    .get()?.role;
}

/** Makes a person coordinator of a hub; false when the person or the hub does not exist. */
export function assignCoordinator(userId: number, hubId: number): boolean {
  return writeWithReferences(() =>
    getDb().insert(coordinatorAssignments).values({ userId, hubId }).onConflictDoNothing().run(),
  );
}

export function removeCoordinator(userId: number, hubId: number): boolean {
  return (
    getDb()
      .delete(coordinatorAssignments)
      .where(
        and(eq(coordinatorAssignments.userId, userId), eq(coordinatorAssignments.hubId, hubId)),
      )
      .run().changes > 0
  );
}

export interface TeamMember {
  userId: number;
  name: string;
  email: string;
  role: Role;
  /** Invited, and not signed in yet (no password chosen). */
  pending: boolean;
  disabled: boolean;
}

/** The people of one organisation. Callers have checked 'organisation:view' on it. */
export function listTeam(organisationId: number): TeamMember[] {
  return getDb()
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      pending: sql<boolean>`${users.passwordHash} IS NULL`.mapWith(Boolean),
      disabled: sql<boolean>`${users.disabledAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name))
    .all();
}

/** The roles of some people, with their parliaments' names (for administrators). */
export function rolesOf(
  userIds: readonly number[],
): { userId: number; organisationId: number; organisationName: string; role: Role }[] {
  if (userIds.length === 0) return [];
  return getDb()
    .select({
      userId: memberships.userId,
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, [...userIds]))
    .all();
}

/** The hubs some people coordinate, with their names (for administrators). */
export function coordinationsOf(
  userIds: readonly number[],
): { userId: number; hubId: number; hubName: string }[] {
  if (userIds.length === 0) return [];
  return getDb()
    .select({
      userId: coordinatorAssignments.userId,
      hubId: hubs.id,
      hubName: hubs.name,
    })
    .from(coordinatorAssignments)
    .innerJoin(hubs, eq(hubs.id, coordinatorAssignments.hubId))
    .where(inArray(coordinatorAssignments.userId, [...userIds]))
    .all();
}

/** The lead respondents of an organisation, who receive reminders. */
export function leadsOf(
  organisationId: number,
): { id: number; email: string; name: string; locale: string | null }[] {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, 'lead'),
        sql`${users.disabledAt} IS NULL`,
      ),
    )
    .all();
}

/** The people of some organisations, with their role (for hub and learning figures). */
export function membershipsOf(
  organisationIds: readonly number[],
): { organisationId: number; userId: number; role: Role }[] {
  if (organisationIds.length === 0) return [];
  return getDb()
    .select({
      organisationId: memberships.organisationId,
      userId: memberships.userId,
      role: memberships.role,
    })
    .from(memberships)
    .where(inArray(memberships.organisationId, [...organisationIds]))
    .all();
}

/** The leads and contributors of an organisation: those who can be assigned domains. */
export function assignablePeople(organisationId: number) {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, ['lead', 'contributor']),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

export interface Workspace {
  organisations: { id: number; name: string; role: Role }[];
  hubs: { id: number; name: string }[];
}

// Every page's header needs it: prepared once.
const ownOrganisations = preparedQuery((db) =>
  db
    .select({ id: organisations.id, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, sql.placeholder('userId')))
    .orderBy(asc(organisations.name))
    .prepare(),
);

/** Where a person works: their parliaments (with their role) and the hubs they coordinate. */
export function workspaceOf(actor: Actor): Workspace {
  const own = ownOrganisations().all({ userId: actor.userId });
  const coordinated = actor.coordinatedHubs.length
    ? getDb()
        .select({ id: hubs.id, name: hubs.name })
        .from(hubs)
        .where(inArray(hubs.id, [...actor.coordinatedHubs]))
        .orderBy(asc(hubs.name))
        .all()
    : [];
  return { organisations: own, hubs: coordinated };
}
