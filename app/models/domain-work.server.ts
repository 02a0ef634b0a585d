import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { domainAssignments, domainReviews, users } from '~/db/schema';

/* Sharing an assessment's work: who answers which domain, and which domains are ready for review. */

export function listAssignments(
  assessmentId: number,
): { domainId: string; userId: number; name: string }[] {
  return getDb()
    .select({ domainId: domainAssignments.domainId, userId: users.id, name: users.name })
    .from(domainAssignments)
    .innerJoin(users, eq(users.id, domainAssignments.userId))
    .where(eq(domainAssignments.assessmentId, assessmentId))
    .orderBy(asc(users.name))
    .all();
}

/** The people a domain of an assessment is assigned to (what the policy needs for answers). */
export function assigneesOf(assessmentId: number, domainId: string): number[] {
  return getDb()
    .select({ userId: domainAssignments.userId })
    .from(domainAssignments)
    .where(
      and(
        eq(domainAssignments.assessmentId, assessmentId),
        eq(domainAssignments.domainId, domainId),
      ),
    )
    .all()
    .map((r) => r.userId);
}

/** Replaces a domain's assignees. Only people of the assessment's organisation can be assigned. */
export function setAssignees(
  assessmentId: number,
  domainId: string,
  userIds: number[],
  assignedBy: number,
): void {
  getDb().transaction((tx) => {
    tx.delete(domainAssignments)
      .where(
        and(
          eq(domainAssignments.assessmentId, assessmentId),
          eq(domainAssignments.domainId, domainId),
        ),
      )
      .run();
    for (const userId of new Set(userIds)) {
      tx.insert(domainAssignments).values({ assessmentId, domainId, userId, assignedBy }).run();
    }
  });
}

export function listReadyDomains(
  assessmentId: number,
): { domainId: string; readyAt: Date; readyByName: string | null }[] {
  return getDb()
    .select({
      domainId: domainReviews.domainId,
      readyAt: domainReviews.readyAt,
      readyByName: users.name,
    })
    .from(domainReviews)
    .leftJoin(users, eq(users.id, domainReviews.readyBy))
    .where(eq(domainReviews.assessmentId, assessmentId))
    .all();
}

/** Marks a domain ready for review, or takes it back. */
export function setDomainReady(
  assessmentId: number,
  domainId: string,
  userId: number,
  ready: boolean,
  at: Date,
): void {
  if (ready) {
    getDb()
      .insert(domainReviews)
      .values({ assessmentId, domainId, readyBy: userId, readyAt: at })
      .onConflictDoUpdate({
        target: [domainReviews.assessmentId, domainReviews.domainId],
        set: { readyBy: userId, readyAt: at },
      })
      .run();
  } else {
    getDb()
      .delete(domainReviews)
      .where(
        and(eq(domainReviews.assessmentId, assessmentId), eq(domainReviews.domainId, domainId)),
      )
      .run();
  }
}
