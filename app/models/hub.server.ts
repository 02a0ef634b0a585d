import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb, preparedQuery, writeWithReferences } from '~/db/client.server';
import {
  hubMembers,
  hubRequests,
  hubs,
  coordinatorAssignments,
  organisations,
  users,
} from '~/db/schema';
import type { Actor } from '~/domain/policy';

export interface Hub {
  id: number;
  slug: string;
  name: string;
  description: string;
  isDemo: boolean;
}

const columns = {
  id: hubs.id,
  slug: hubs.slug,
  name: hubs.name,
  description: hubs.description,
  isDemo: hubs.isDemo,
};

const hubsQuery = preparedQuery((db) =>
  db
    .select({ ...columns, members: count(hubMembers.organisationId) })
    .from(hubs)
    .leftJoin(hubMembers, eq(hubMembers.hubId, hubs.id))
    .groupBy(hubs.id)
    .orderBy(asc(hubs.name))
    .prepare(),
);

export function listHubs(): (Hub & { members: number })[] {
  return hubsQuery().all();
}

/** The hubs an actor coordinates (all of them for administrators). */
export function listHubsFor(actor: Actor): Hub[] {
  const where = actor.isAdmin
    ? undefined
    : inArray(hubs.id, actor.coordinatedHubs.length ? [...actor.coordinatedHubs] : [-1]);
  return getDb().select(columns).from(hubs).where(where).orderBy(asc(hubs.name)).all();
}

export function getHub(id: number): Hub | undefined {
  return getDb().select(columns).from(hubs).where(eq(hubs.id, id)).get();
}

export function addHub(input: {
  slug: string;
  name: string;
  description: string;
  isDemo?: boolean;
}): number {
  return getDb().insert(hubs).values(input).returning({ id: hubs.id }).get().id;
}

export function updateHub(id: number, input: { name: string; description: string }): void {
  getDb().update(hubs).set(input).where(eq(hubs.id, id)).run();
}

/** Adds a parliament to a hub; false when the hub or the parliament does not exist. */
export function addHubMember(hubId: number, organisationId: number): boolean {
  return writeWithReferences(() =>
    getDb().insert(hubMembers).values({ hubId, organisationId }).onConflictDoNothing().run(),
  );
}

export function removeHubMember(hubId: number, organisationId: number): boolean {
  return (
    getDb()
      .delete(hubMembers)
      .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.organisationId, organisationId)))
      .run().changes > 0
  );
}

export function hubMemberList(hubId: number): { id: number; name: string; country: string }[] {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, country: organisations.country })
    .from(hubMembers)
    .innerJoin(organisations, eq(organisations.id, hubMembers.organisationId))
    .where(eq(hubMembers.hubId, hubId))
    .orderBy(asc(organisations.name))
    .all();
}

export function hubCoordinators(hubId: number): { id: number; name: string; email: string }[] {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(coordinatorAssignments)
    .innerJoin(users, eq(users.id, coordinatorAssignments.userId))
    .where(eq(coordinatorAssignments.hubId, hubId))
    .orderBy(asc(users.name))
    .all();
}

export function hubsOfOrganisation(organisationId: number): Hub[] {
  return getDb()
    .select(columns)
    .from(hubMembers)
    .innerJoin(hubs, eq(hubs.id, hubMembers.hubId))
    .where(eq(hubMembers.organisationId, organisationId))
    .orderBy(asc(hubs.name))
    .all();
}

export function isHubMember(hubId: number, organisationId: number): boolean {
  return (
    getDb()
      .select({ id: hubMembers.organisationId })
      .from(hubMembers)
      .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.organisationId, organisationId)))
      .get() !== undefined
  );
}

// Membership requests.

export interface MembershipRequest {
  id: number;
  hubId: number;
  hubName: string;
  organisationId: number;
  organisation: string;
  requestedByName: string | null;
  message: string;
  status: 'pending' | 'accepted' | 'declined';
  createdAt: Date;
}

const requestColumns = {
  id: hubRequests.id,
  hubId: hubRequests.hubId,
  hubName: hubs.name,
  organisationId: hubRequests.organisationId,
  organisation: organisations.name,
  requestedByName: users.name,
  message: hubRequests.message,
  status: hubRequests.status,
  createdAt: hubRequests.createdAt,
};

function requestQuery() {
  return getDb()
    .select(requestColumns)
    .from(hubRequests)
    .innerJoin(hubs, eq(hubs.id, hubRequests.hubId))
    .innerJoin(organisations, eq(organisations.id, hubRequests.organisationId))
    .leftJoin(users, eq(users.id, hubRequests.requestedBy));
}

export function pendingRequests(hubId: number): MembershipRequest[] {
  return requestQuery()
    .where(and(eq(hubRequests.hubId, hubId), eq(hubRequests.status, 'pending')))
    .orderBy(hubRequests.createdAt)
    .all();
}

export function requestsOfOrganisation(organisationId: number): MembershipRequest[] {
  return requestQuery()
    .where(eq(hubRequests.organisationId, organisationId))
    .orderBy(desc(hubRequests.createdAt))
    .all();
}

export function createRequest(input: {
  hubId: number;
  organisationId: number;
  requestedBy: number;
  message: string;
}): 'created' | 'already-member' | 'already-pending' {
  if (isHubMember(input.hubId, input.organisationId)) return 'already-member';
  const pending = getDb()
    .select({ id: hubRequests.id })
    .from(hubRequests)
    .where(
      and(
        eq(hubRequests.hubId, input.hubId),
        eq(hubRequests.organisationId, input.organisationId),
        eq(hubRequests.status, 'pending'),
      ),
    )
    .get();
  if (pending) return 'already-pending';
  getDb().insert(hubRequests).values(input).run();
  return 'created';
}

/** Accepts (the parliament joins the hub) or declines a pending request of this hub. */
export function decideRequest(
  hubId: number,
  requestId: number,
  accept: boolean,
  userId: number,
): MembershipRequest | undefined {
  return getDb().transaction((tx) => {
    const request = tx
      .select({ organisationId: hubRequests.organisationId })
      .from(hubRequests)
      .where(
        and(
          eq(hubRequests.id, requestId),
          eq(hubRequests.hubId, hubId),
          eq(hubRequests.status, 'pending'),
        ),
      )
      .get();
    if (!request) return undefined;
    tx.update(hubRequests)
      .set({ status: accept ? 'accepted' : 'declined', decidedBy: userId, decidedAt: new Date() })
      .where(eq(hubRequests.id, requestId))
      .run();
    if (accept)
      tx.insert(hubMembers)
        .values({ hubId, organisationId: request.organisationId })
        .onConflictDoNothing()
        .run();
    return requestQuery().where(eq(hubRequests.id, requestId)).get();
  });
}
