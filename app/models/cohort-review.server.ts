import { and, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { headlineScores, type HeadlineScores } from './assessment.server';
import {
  answerHistory,
  answers,
  assessmentEvents,
  assessments,
  cohortMembers,
  cohortRequests,
  cohorts,
  memberships,
  organisations,
  users,
} from '~/db/schema';

/*
 * What a hub coordinator reads about the cohort: statuses for a cycle, submitted scores, and
 * (for exports) submitted answers. Every query is limited to the cohort's member parliaments, and
 * to submitted assessments wherever scores or answers are read.
 */

export interface MemberStatus {
  organisationId: number;
  name: string;
  country: string;
  assessmentId: number | null;
  status: 'not-started' | 'draft' | 'submitted' | 'reopened';
  answered: number;
  lastActivity: Date | null;
  submittedAt: Date | null;
}

export function memberStatuses(
  cohortId: number,
  questionnaireId: string,
  cycle: number,
): MemberStatus[] {
  const db = getDb();
  const members = db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      country: organisations.country,
    })
    .from(cohortMembers)
    .innerJoin(organisations, eq(organisations.id, cohortMembers.organisationId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(organisations.name)
    .all();
  if (members.length === 0) return [];
  const list = db
    .select({
      id: assessments.id,
      organisationId: assessments.organisationId,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .where(
      and(
        inArray(
          assessments.organisationId,
          members.map((m) => m.organisationId),
        ),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
      ),
    )
    .all();
  const activity = assessmentActivity(list.map((a) => a.id));
  return members.map((m) => {
    const a = list.find((x) => x.organisationId === m.organisationId);
    const seen = a ? activity.get(a.id) : undefined;
    return {
      ...m,
      assessmentId: a?.id ?? null,
      status: a?.status ?? 'not-started',
      answered: seen?.answered ?? 0,
      lastActivity: seen?.last ?? null,
      submittedAt: a?.submittedAt ?? null,
    };
  });
}

/**
 * Per assessment: answers given and the latest answer change or event. Grouped queries, one per
 * table, rather than correlated subqueries: in a select from one table drizzle writes the outer
 * column unqualified, and SQLite then binds it to the inner table's column of the same name.
 */
function assessmentActivity(ids: number[]): Map<number, { answered: number; last: Date | null }> {
  const result = new Map<number, { answered: number; last: Date | null }>(
    ids.map((id) => [id, { answered: 0, last: null }]),
  );
  if (ids.length === 0) return result;
  const db = getDb();
  const answered = db
    .select({ assessmentId: answers.assessmentId, n: count() })
    .from(answers)
    .where(inArray(answers.assessmentId, ids))
    .groupBy(answers.assessmentId)
    .all();
  for (const { assessmentId, n } of answered) {
    const entry = result.get(assessmentId);
    if (entry) entry.answered = n;
  }
  const changes = [
    ...db
      .select({ assessmentId: answerHistory.assessmentId, at: max(answerHistory.changedAt) })
      .from(answerHistory)
      .where(inArray(answerHistory.assessmentId, ids))
      .groupBy(answerHistory.assessmentId)
      .all(),
    ...db
      .select({ assessmentId: assessmentEvents.assessmentId, at: max(assessmentEvents.at) })
      .from(assessmentEvents)
      .where(inArray(assessmentEvents.assessmentId, ids))
      .groupBy(assessmentEvents.assessmentId)
      .all(),
  ];
  for (const { assessmentId, at } of changes) {
    const entry = result.get(assessmentId);
    if (entry && at && (entry.last === null || at > entry.last)) entry.last = at;
  }
  return result;
}

export interface MemberScores {
  organisationId: number;
  name: string;
  assessmentId: number;
  versionId: number;
  nodes: HeadlineScores;
}

/** Domain and overall scores of the cohort's submitted assessments for a cycle. */
export function submittedScores(
  cohortId: number,
  questionnaireId: string,
  cycle: number,
): MemberScores[] {
  const db = getDb();
  const list = db
    .select({
      assessmentId: assessments.id,
      versionId: assessments.questionnaireVersionId,
      organisationId: organisations.id,
      name: organisations.name,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .innerJoin(
      cohortMembers,
      and(eq(cohortMembers.organisationId, organisations.id), eq(cohortMembers.cohortId, cohortId)),
    )
    .where(
      and(
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(organisations.name)
    .all();
  const scores = headlineScores(list.map((a) => a.assessmentId));
  return list.map((a) => ({ ...a, nodes: scores.get(a.assessmentId) ?? new Map() }));
}

/** Cycles in which members of the cohort have assessments, newest first. */
export function cohortCycles(cohortId: number, questionnaireId: string): number[] {
  return getDb()
    .selectDistinct({ cycle: assessments.cycle })
    .from(assessments)
    .innerJoin(
      cohortMembers,
      and(
        eq(cohortMembers.organisationId, assessments.organisationId),
        eq(cohortMembers.cohortId, cohortId),
      ),
    )
    .where(eq(assessments.questionnaireId, questionnaireId))
    .orderBy(desc(assessments.cycle))
    .all()
    .map((r) => r.cycle);
}

/** The most used questionnaire among the cohort's assessments (the one to review). */
export function cohortQuestionnaire(cohortId: number): string | undefined {
  return getDb()
    .select({ questionnaireId: assessments.questionnaireId, n: sql<number>`count(*)` })
    .from(assessments)
    .innerJoin(
      cohortMembers,
      and(
        eq(cohortMembers.organisationId, assessments.organisationId),
        eq(cohortMembers.cohortId, cohortId),
      ),
    )
    .groupBy(assessments.questionnaireId)
    .orderBy(sql`count(*) DESC`)
    .get()?.questionnaireId;
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
