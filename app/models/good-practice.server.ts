import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { goodPractice, organisations } from '~/db/schema';

/* The domains in which a parliament agrees to be named as an example: names only, never scores. */

export function goodPracticeDomains(organisationId: number): string[] {
  return getDb()
    .select({ domainId: goodPractice.domainId })
    .from(goodPractice)
    .where(eq(goodPractice.organisationId, organisationId))
    .all()
    .map((r) => r.domainId);
}

/**
 * The domains where an organisation agrees to be named. With `among` (the domains of the
 * questionnaire a form listed), only those are set: choices for other domains stay.
 */
export function setGoodPractice(
  organisationId: number,
  domainIds: readonly string[],
  userId: number,
  among?: readonly string[],
): void {
  if (among?.length === 0) return;
  getDb().transaction((tx) => {
    tx.delete(goodPractice)
      .where(
        and(
          eq(goodPractice.organisationId, organisationId),
          among ? inArray(goodPractice.domainId, [...among]) : undefined,
        ),
      )
      .run();
    const now = new Date();
    const allowed = among ? domainIds.filter((id) => among.includes(id)) : domainIds;
    for (const domainId of new Set(allowed))
      tx.insert(goodPractice)
        .values({ organisationId, domainId, optedInBy: userId, optedInAt: now })
        .run();
  });
}

const examplesQuery = preparedQuery((db) =>
  db
    .select({ domainId: goodPractice.domainId, name: organisations.name })
    .from(goodPractice)
    .innerJoin(organisations, eq(organisations.id, goodPractice.organisationId))
    .where(ne(goodPractice.organisationId, sql.placeholder('exceptOrganisationId')))
    .orderBy(organisations.name)
    .prepare(),
);

/**
 * Every parliament that chose to be named as a good-practice example, by domain, except the
 * viewer's own: names only, never a score.
 */
export function goodPracticeExamples(exceptOrganisationId: number): Map<string, string[]> {
  const byDomain = new Map<string, string[]>();
  for (const r of examplesQuery().all({ exceptOrganisationId })) {
    const names = byDomain.get(r.domainId);
    if (names) names.push(r.name);
    else byDomain.set(r.domainId, [r.name]);
  }
  return byDomain;
}

/** Organisations that opted in to be named for a domain, among the given ones. */
export function namedExamples(
  organisationIds: readonly number[],
): { organisationId: number; domainId: string }[] {
  if (organisationIds.length === 0) return [];
  return getDb()
    .select({ organisationId: goodPractice.organisationId, domainId: goodPractice.domainId })
    .from(goodPractice)
    .where(inArray(goodPractice.organisationId, [...organisationIds]))
    .all();
}
