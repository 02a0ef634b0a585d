import { and, asc, eq, inArray, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { getDb, preparedQuery, type AppDatabase } from '~/db/client.server';
import { hubMembers, hubs, coordinatorAssignments, memberships, organisations } from '~/db/schema';
import type { OrganisationInput } from '~/domain/organisation';
import type { Actor, OrganisationTarget } from '~/domain/policy';

export interface Organisation {
  id: number;
  name: string;
  country: string;
  ipuGroup: (typeof organisations.$inferSelect)['ipuGroup'];
  chamberType: (typeof organisations.$inferSelect)['chamberType'];
  members: number;
  staff: number;
  incomeGroup: (typeof organisations.$inferSelect)['incomeGroup'];
  isDemo: boolean;
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  country: organisations.country,
  ipuGroup: organisations.ipuGroup,
  chamberType: organisations.chamberType,
  members: organisations.members,
  staff: organisations.staff,
  incomeGroup: organisations.incomeGroup,
  isDemo: organisations.isDemo,
};

/**
 * The organisations a person may see besides an administrator's all: their own, and those in the
 * hubs they coordinate. `userId` may be a value or a prepared query's placeholder.
 */
function memberOrCoordinated(db: AppDatabase, userId: number | Placeholder): SQL | undefined {
  return or(
    inArray(
      organisations.id,
      db
        .select({ id: memberships.organisationId })
        .from(memberships)
        .where(eq(memberships.userId, userId)),
    ),
    inArray(
      organisations.id,
      db
        .select({ id: hubMembers.organisationId })
        .from(hubMembers)
        .innerJoin(coordinatorAssignments, eq(coordinatorAssignments.hubId, hubMembers.hubId))
        .where(eq(coordinatorAssignments.userId, userId)),
    ),
  );
}

/**
 * The organisations an actor may see, as a condition for any query on organisations: their own,
 * those in the hubs they coordinate, or all for administrators. Models put it in their where
 * clause, so a route that forgot its guard still returns nothing it should not.
 */
export function visibleOrganisations(actor: Actor): SQL | undefined {
  return actor.isAdmin ? undefined : memberOrCoordinated(getDb(), actor.userId);
}

export function listOrganisationsFor(actor: Actor): Organisation[] {
  return getDb()
    .select(columns)
    .from(organisations)
    .where(visibleOrganisations(actor))
    .orderBy(asc(organisations.name))
    .all();
}

const organisationQueries = preparedQuery((db) => ({
  visible: db
    .select(columns)
    .from(organisations)
    .where(
      and(
        eq(organisations.id, sql.placeholder('id')),
        or(
          sql`${sql.placeholder('isAdmin')} = 1`,
          memberOrCoordinated(db, sql.placeholder('userId')),
        ),
      ),
    )
    .prepare(),
  exists: db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('id')))
    .prepare(),
  hubs: db
    .select({ hubId: hubMembers.hubId })
    .from(hubMembers)
    .where(eq(hubMembers.organisationId, sql.placeholder('id')))
    .prepare(),
}));

/** One organisation, if the actor may see it; undefined otherwise (for them it does not exist). */
export function getOrganisationFor(actor: Actor, id: number): Organisation | undefined {
  return organisationQueries().visible.get({
    id,
    userId: actor.userId,
    isAdmin: actor.isAdmin ? 1 : 0,
  });
}

/** What the policy needs about an organisation: its id and its hubs. */
export function organisationTarget(id: number): OrganisationTarget | undefined {
  const queries = organisationQueries();
  if (!queries.exists.get({ id })) return undefined;
  return { organisationId: id, hubIds: queries.hubs.all({ id }).map((r) => r.hubId) };
}

export function organisationName(id: number): string | undefined {
  return getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get()?.name;
}

export function createOrganisation(input: OrganisationInput): number {
  return getDb().insert(organisations).values(input).returning({ id: organisations.id }).get().id;
}

export function updateOrganisation(id: number, input: OrganisationInput): void {
  getDb().update(organisations).set(input).where(eq(organisations.id, id)).run();
}

export function findOrganisationByName(name: string, country: string): { id: number } | undefined {
  return getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        sql`lower(${organisations.name}) = ${name.trim().toLowerCase()}`,
        sql`lower(${organisations.country}) = ${country.trim().toLowerCase()}`,
      ),
    )
    .get();
}

/** Inserts every row or none. */
export function importOrganisations(rows: OrganisationInput[]): number {
  return getDb().transaction((tx) => {
    for (const row of rows) tx.insert(organisations).values(row).run();
    return rows.length;
  });
}

/** Every organisation's name and attributes, in the order they were created (the demo seed). */
export function listOrganisationProfiles() {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      country: organisations.country,
      incomeGroup: organisations.incomeGroup,
    })
    .from(organisations)
    .orderBy(asc(organisations.id))
    .all();
}

export function countOrganisations(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(organisations)
      .get()?.n ?? 0
  );
}

export interface OrganisationWithHubs extends Organisation {
  hubs: { id: number; name: string }[];
  people: number;
}

/** All organisations with their hubs and head count, for administrators. */
export function listOrganisationsForAdmin(): OrganisationWithHubs[] {
  const db = getDb();
  const rows = db.select(columns).from(organisations).orderBy(asc(organisations.name)).all();
  const links = db
    .select({ organisationId: hubMembers.organisationId, id: hubs.id, name: hubs.name })
    .from(hubMembers)
    .innerJoin(hubs, eq(hubs.id, hubMembers.hubId))
    .all();
  const heads = db
    .select({ organisationId: memberships.organisationId, n: sql<number>`count(*)` })
    .from(memberships)
    .groupBy(memberships.organisationId)
    .all();
  return rows.map((row) => ({
    ...row,
    hubs: links.filter((l) => l.organisationId === row.id).map(({ id, name }) => ({ id, name })),
    people: heads.find((h) => h.organisationId === row.id)?.n ?? 0,
  }));
}

/** Organisations whose hubs the actor coordinates, for a coordinator's navigation. */
export function coordinatedOrganisationIds(actor: Actor): number[] {
  if (actor.coordinatedHubs.length === 0) return [];
  return getDb()
    .select({ id: hubMembers.organisationId })
    .from(hubMembers)
    .innerJoin(coordinatorAssignments, eq(coordinatorAssignments.hubId, hubMembers.hubId))
    .where(eq(coordinatorAssignments.userId, actor.userId))
    .all()
    .map((r) => r.id);
}
