import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { cohorts, memberships, organisations } from '~/db/schema';
import type { Actor, Role } from '~/domain/policy';

export interface Workspace {
  organisations: { id: number; name: string; role: Role }[];
  cohorts: { id: number; name: string }[];
}

/** Where a person works: their parliaments (with their role) and the hubs they coordinate. */
export function workspaceOf(actor: Actor): Workspace {
  const db = getDb();
  const own = db
    .select({ id: organisations.id, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, actor.userId))
    .orderBy(asc(organisations.name))
    .all();
  const coordinated = actor.coordinatedCohorts.length
    ? db
        .select({ id: cohorts.id, name: cohorts.name })
        .from(cohorts)
        .where(inArray(cohorts.id, [...actor.coordinatedCohorts]))
        .orderBy(asc(cohorts.name))
        .all()
    : [];
  return { organisations: own, cohorts: coordinated };
}
