import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { cohorts, memberships, organisations } from '~/db/schema';
import type { Actor, Role } from '~/domain/policy';

export interface Workspace {
  organisations: { id: number; name: string; role: Role }[];
  cohorts: { id: number; name: string }[];
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
  const coordinated = actor.coordinatedCohorts.length
    ? getDb()
        .select({ id: cohorts.id, name: cohorts.name })
        .from(cohorts)
        .where(inArray(cohorts.id, [...actor.coordinatedCohorts]))
        .orderBy(asc(cohorts.name))
        .all()
    : [];
  return { organisations: own, cohorts: coordinated };
}
