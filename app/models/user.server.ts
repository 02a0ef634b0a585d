import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, preparedQuery, writeWithReferences } from '~/db/client.server';
import { cohorts, coordinatorAssignments, memberships, organisations, users } from '~/db/schema';
import type { Actor, Role } from '~/domain/policy';
import { deleteUserSessions } from './session.server';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  passwordHash: string | null;
  isAdmin: boolean;
  locale: string | null;
  disabledAt: Date | null;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  isAdmin: users.isAdmin,
  locale: users.locale,
  disabledAt: users.disabledAt,
};

export function findUserByEmail(email: string): UserRecord | undefined {
  return getDb()
    .select(userColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
}

const userById = preparedQuery((db) =>
  db
    .select(userColumns)
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

export function getUser(id: number): UserRecord | undefined {
  return userById().get({ id });
}

export function createUser(input: {
  email: string;
  name: string;
  passwordHash?: string | null;
  isAdmin?: boolean;
}): number {
  return getDb()
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      passwordHash: input.passwordHash ?? null,
      isAdmin: input.isAdmin ?? false,
    })
    .returning({ id: users.id })
    .get().id;
}

/**
 * A new password ends every session the account had, whoever holds them; `keepSession` is the
 * one of the person changing it, signed in with the old password a moment ago.
 */
export function setPassword(
  userId: number,
  passwordHash: string,
  { keepSession }: { keepSession?: string } = {},
): void {
  getDb().transaction(() => {
    getDb().update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    deleteUserSessions(userId, { except: keepSession });
  });
}

export function setName(userId: number, name: string): void {
  getDb().update(users).set({ name: name.trim() }).where(eq(users.id, userId)).run();
}

export function setLocale(userId: number, locale: string | null): void {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export function setAdmin(userId: number, isAdmin: boolean): void {
  getDb().update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
}

/** Disabling ends every session of the account at once; enabling lets it sign in again. */
export function setDisabled(userId: number, disabled: boolean): void {
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, userId))
      .run();
    if (disabled) deleteUserSessions(userId);
  });
}

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
  cohorts: db
    .select({ cohortId: coordinatorAssignments.cohortId })
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
    coordinatedCohorts: queries.cohorts.all({ userId }).map((r) => r.cohortId),
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
export function assignCoordinator(userId: number, cohortId: number): boolean {
  return writeWithReferences(() =>
    getDb().insert(coordinatorAssignments).values({ userId, cohortId }).onConflictDoNothing().run(),
  );
}

export function removeCoordinator(userId: number, cohortId: number): boolean {
  return (
    getDb()
      .delete(coordinatorAssignments)
      .where(
        and(
          eq(coordinatorAssignments.userId, userId),
          eq(coordinatorAssignments.cohortId, cohortId),
        ),
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

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  pending: boolean;
  disabled: boolean;
  roles: { organisationId: number; organisationName: string; role: Role }[];
  cohorts: { cohortId: number; cohortName: string }[];
}

/** Every account with its roles, for administrators. */
export function listUsers({ search, id }: { search?: string; id?: number } = {}): UserSummary[] {
  const db = getDb();
  const pattern = search ? `%${search.trim().toLowerCase()}%` : undefined;
  const filter =
    id !== undefined
      ? eq(users.id, id)
      : pattern
        ? sql`lower(${users.email}) LIKE ${pattern} OR lower(${users.name}) LIKE ${pattern}`
        : undefined;
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      pending: sql<boolean>`${users.passwordHash} IS NULL`.mapWith(Boolean),
      disabled: sql<boolean>`${users.disabledAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(users)
    .where(filter)
    .orderBy(asc(users.email))
    .limit(500)
    .all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const roleRows = db
    .select({
      userId: memberships.userId,
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, ids))
    .all();
  const cohortRows = db
    .select({
      userId: coordinatorAssignments.userId,
      cohortId: cohorts.id,
      cohortName: cohorts.name,
    })
    .from(coordinatorAssignments)
    .innerJoin(cohorts, eq(cohorts.id, coordinatorAssignments.cohortId))
    .where(inArray(coordinatorAssignments.userId, ids))
    .all();
  return rows.map((row) => ({
    ...row,
    roles: roleRows.filter((r) => r.userId === row.id).map(({ userId: _, ...rest }) => rest),
    cohorts: cohortRows.filter((c) => c.userId === row.id).map(({ userId: _, ...rest }) => rest),
  }));
}

export function getUserSummary(id: number): UserSummary | undefined {
  return listUsers({ id })[0];
}

export function countUsers(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}
