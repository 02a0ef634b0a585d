import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb, preparedQuery, writeWithReferences } from '~/db/client.server';
import {
  cohortMembers,
  cohortRequests,
  cohorts,
  coordinatorAssignments,
  organisations,
  users,
} from '~/db/schema';
import type { Actor } from '~/domain/policy';

export interface Cohort {
  id: number;
  slug: string;
  name: string;
  description: string;
  isDemo: boolean;
}

const columns = {
  id: cohorts.id,
  slug: cohorts.slug,
  name: cohorts.name,
  description: cohorts.description,
  isDemo: cohorts.isDemo,
};

const cohortsQuery = preparedQuery((db) =>
  db
    .select({ ...columns, members: count(cohortMembers.organisationId) })
    .from(cohorts)
    .leftJoin(cohortMembers, eq(cohortMembers.cohortId, cohorts.id))
    .groupBy(cohorts.id)
    .orderBy(asc(cohorts.name))
    .prepare(),
);

export function listCohorts(): (Cohort & { members: number })[] {
  return cohortsQuery().all();
}

/** The cohorts an actor coordinates (all of them for administrators). */
export function listCohortsFor(actor: Actor): Cohort[] {
  const where = actor.isAdmin
    ? undefined
    : inArray(cohorts.id, actor.coordinatedCohorts.length ? [...actor.coordinatedCohorts] : [-1]);
  return getDb().select(columns).from(cohorts).where(where).orderBy(asc(cohorts.name)).all();
}

export function getCohort(id: number): Cohort | undefined {
  return getDb().select(columns).from(cohorts).where(eq(cohorts.id, id)).get();
}

export function createCohort(input: {
  slug: string;
  name: string;
  description: string;
  isDemo?: boolean;
}): number {
  return getDb().insert(cohorts).values(input).returning({ id: cohorts.id }).get().id;
}

export function updateCohort(id: number, input: { name: string; description: string }): void {
  getDb().update(cohorts).set(input).where(eq(cohorts.id, id)).run();
}

/** Adds a parliament to a hub; false when the hub or the parliament does not exist. */
export function addCohortMember(cohortId: number, organisationId: number): boolean {
  return writeWithReferences(() =>
    getDb().insert(cohortMembers).values({ cohortId, organisationId }).onConflictDoNothing().run(),
  );
}

export function removeCohortMember(cohortId: number, organisationId: number): boolean {
  return (
    getDb()
      .delete(cohortMembers)
      .where(
        and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.organisationId, organisationId)),
      )
      .run().changes > 0
  );
}

export function cohortMemberList(
  cohortId: number,
): { id: number; name: string; country: string }[] {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, country: organisations.country })
    .from(cohortMembers)
    .innerJoin(organisations, eq(organisations.id, cohortMembers.organisationId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(asc(organisations.name))
    .all();
}

export function cohortCoordinators(
  cohortId: number,
): { id: number; name: string; email: string }[] {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(coordinatorAssignments)
    .innerJoin(users, eq(users.id, coordinatorAssignments.userId))
    .where(eq(coordinatorAssignments.cohortId, cohortId))
    .orderBy(asc(users.name))
    .all();
}

export function cohortsOfOrganisation(organisationId: number): Cohort[] {
  return getDb()
    .select(columns)
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.organisationId, organisationId))
    .orderBy(asc(cohorts.name))
    .all();
}

export function isCohortMember(cohortId: number, organisationId: number): boolean {
  return (
    getDb()
      .select({ id: cohortMembers.organisationId })
      .from(cohortMembers)
      .where(
        and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.organisationId, organisationId)),
      )
      .get() !== undefined
  );
}

// Membership requests.

export interface MembershipRequest {
  id: number;
  cohortId: number;
  cohortName: string;
  organisationId: number;
  organisation: string;
  requestedByName: string | null;
  message: string;
  status: 'pending' | 'accepted' | 'declined';
  createdAt: Date;
}

const requestColumns = {
  id: cohortRequests.id,
  cohortId: cohortRequests.cohortId,
  cohortName: cohorts.name,
  organisationId: cohortRequests.organisationId,
  organisation: organisations.name,
  requestedByName: users.name,
  message: cohortRequests.message,
  status: cohortRequests.status,
  createdAt: cohortRequests.createdAt,
};

function requestQuery() {
  return getDb()
    .select(requestColumns)
    .from(cohortRequests)
    .innerJoin(cohorts, eq(cohorts.id, cohortRequests.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohortRequests.organisationId))
    .leftJoin(users, eq(users.id, cohortRequests.requestedBy));
}

export function pendingRequests(cohortId: number): MembershipRequest[] {
  return requestQuery()
    .where(and(eq(cohortRequests.cohortId, cohortId), eq(cohortRequests.status, 'pending')))
    .orderBy(cohortRequests.createdAt)
    .all();
}

export function requestsOfOrganisation(organisationId: number): MembershipRequest[] {
  return requestQuery()
    .where(eq(cohortRequests.organisationId, organisationId))
    .orderBy(desc(cohortRequests.createdAt))
    .all();
}

export function createRequest(input: {
  cohortId: number;
  organisationId: number;
  requestedBy: number;
  message: string;
}): 'created' | 'already-member' | 'already-pending' {
  if (isCohortMember(input.cohortId, input.organisationId)) return 'already-member';
  const pending = getDb()
    .select({ id: cohortRequests.id })
    .from(cohortRequests)
    .where(
      and(
        eq(cohortRequests.cohortId, input.cohortId),
        eq(cohortRequests.organisationId, input.organisationId),
        eq(cohortRequests.status, 'pending'),
      ),
    )
    .get();
  if (pending) return 'already-pending';
  getDb().insert(cohortRequests).values(input).run();
  return 'created';
}

/** Accepts (the parliament joins the hub) or declines a pending request of this cohort. */
export function decideRequest(
  cohortId: number,
  requestId: number,
  accept: boolean,
  userId: number,
): MembershipRequest | undefined {
  return getDb().transaction((tx) => {
    const request = tx
      .select({ organisationId: cohortRequests.organisationId })
      .from(cohortRequests)
      .where(
        and(
          eq(cohortRequests.id, requestId),
          eq(cohortRequests.cohortId, cohortId),
          eq(cohortRequests.status, 'pending'),
        ),
      )
      .get();
    if (!request) return undefined;
    tx.update(cohortRequests)
      .set({ status: accept ? 'accepted' : 'declined', decidedBy: userId, decidedAt: new Date() })
      .where(eq(cohortRequests.id, requestId))
      .run();
    if (accept)
      tx.insert(cohortMembers)
        .values({ cohortId, organisationId: request.organisationId })
        .onConflictDoNothing()
        .run();
    return requestQuery().where(eq(cohortRequests.id, requestId)).get();
  });
}
