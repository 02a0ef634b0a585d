import { and, asc, desc, eq, inArray, max, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, noteScoresChanged, preparedQuery } from '~/db/client.server';
import {
  assessmentEvents,
  assessments,
  hubMembers,
  questionnaireVersions,
  users,
} from '~/db/schema';
import type { Actor } from '~/domain/policy';

/*
 * Assessments and their events: who started, submitted or reopened which cycle, and when. Scores,
 * answers, targets and the sharing of work have their own models; this one says what an
 * assessment is and in which state.
 */

export type AssessmentStatus = (typeof assessments.$inferSelect)['status'];

export interface AssessmentSummary {
  id: number;
  organisationId: number;
  questionnaireId: string;
  versionId: number;
  version: string;
  title: string;
  cycle: number;
  status: AssessmentStatus;
  baselineCycle: number | null;
  prefilledFromId: number | null;
  createdAt: Date;
  submittedAt: Date | null;
  submittedByName: string | null;
  answersHash: string | null;
}

const summaryColumns = {
  id: assessments.id,
  organisationId: assessments.organisationId,
  questionnaireId: assessments.questionnaireId,
  versionId: assessments.questionnaireVersionId,
  version: questionnaireVersions.version,
  title: questionnaireVersions.title,
  cycle: assessments.cycle,
  status: assessments.status,
  baselineCycle: assessments.baselineCycle,
  prefilledFromId: assessments.prefilledFromId,
  createdAt: assessments.createdAt,
  submittedAt: assessments.submittedAt,
  submittedByName: users.name,
  answersHash: assessments.answersHash,
};

/**
 * Assessments an actor may read: their own parliament's (any status), the submitted ones of the
 * parliaments in the hubs they coordinate, or all for administrators. In every query's where.
 */
export function visibleAssessments(actor: Actor): SQL | undefined {
  if (actor.isAdmin) return undefined;
  const own = actor.memberships.map((m) => m.organisationId);
  const conditions: SQL[] = [];
  if (own.length) conditions.push(inArray(assessments.organisationId, own));
  if (actor.coordinatedHubs.length) {
    const coordinated = and(
      eq(assessments.status, 'submitted'),
      inArray(
        assessments.organisationId,
        getDb()
          .select({ id: hubMembers.organisationId })
          .from(hubMembers)
          .where(inArray(hubMembers.hubId, [...actor.coordinatedHubs])),
      ),
    );
    if (coordinated) conditions.push(coordinated);
  }
  return conditions.length ? or(...conditions) : sql`0`;
}

function summaries() {
  return getDb()
    .select(summaryColumns)
    .from(assessments)
    .innerJoin(
      questionnaireVersions,
      eq(questionnaireVersions.id, assessments.questionnaireVersionId),
    )
    .leftJoin(users, eq(users.id, assessments.submittedBy));
}

export function listAssessmentsFor(actor: Actor, organisationId: number): AssessmentSummary[] {
  return summaries()
    .where(and(eq(assessments.organisationId, organisationId), visibleAssessments(actor)))
    .orderBy(desc(assessments.cycle), desc(assessments.id))
    .all();
}

/** One assessment of one organisation, if the actor may read it. */
export function getAssessmentFor(
  actor: Actor,
  organisationId: number,
  id: number,
): AssessmentSummary | undefined {
  return summaries()
    .where(
      and(
        eq(assessments.id, id),
        eq(assessments.organisationId, organisationId),
        visibleAssessments(actor),
      ),
    )
    .get();
}

/**
 * An assessment of one organisation, with what the policy needs to decide who may see it (its
 * state): for the guard, before anything of it is read.
 */
export function assessmentOf(
  organisationId: number,
  id: number,
): Pick<AssessmentSummary, 'id' | 'status'> | undefined {
  return getDb()
    .select({ id: assessments.id, status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, organisationId)))
    .get();
}

/** An assessment's state and version, whoever asks (inside transactions that lock or save). */
export function stateOf(id: number): { status: AssessmentStatus; versionId: number } | undefined {
  return getDb()
    .select({ status: assessments.status, versionId: assessments.questionnaireVersionId })
    .from(assessments)
    .where(eq(assessments.id, id))
    .get();
}

/** The latest submitted assessment of an organisation before a cycle, for pre-filling. */
export function previousSubmitted(
  organisationId: number,
  questionnaireId: string,
  beforeCycle: number,
) {
  return getDb()
    .select({
      id: assessments.id,
      cycle: assessments.cycle,
      versionId: assessments.questionnaireVersionId,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.status, 'submitted'),
        sql`${assessments.cycle} < ${beforeCycle}`,
      ),
    )
    .orderBy(desc(assessments.cycle))
    .get();
}

/** The submitted assessment of an organisation for a cycle, if any (for baselines and trends). */
export function submittedInCycle(organisationId: number, questionnaireId: string, cycle: number) {
  return getDb()
    .select({ id: assessments.id, versionId: assessments.questionnaireVersionId })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        eq(assessments.status, 'submitted'),
      ),
    )
    .get();
}

export function isVersionUsed(versionId: number): boolean {
  return (
    getDb()
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.questionnaireVersionId, versionId))
      .limit(1)
      .get() !== undefined
  );
}

export interface SubmittedAssessment {
  id: number;
  cycle: number;
  versionId: number;
  questionnaireId: string;
}

const submittedQuery = preparedQuery((db) =>
  db
    .select({
      id: assessments.id,
      cycle: assessments.cycle,
      versionId: assessments.questionnaireVersionId,
      questionnaireId: assessments.questionnaireId,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, sql.placeholder('organisationId')),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(desc(assessments.cycle), desc(assessments.submittedAt), desc(assessments.id))
    .prepare(),
);

/**
 * The organisation's latest submitted assessment of each questionnaire, the newest first (by
 * cycle, then submission): the ones its dashboard and learning path can show.
 */
export function latestSubmittedByQuestionnaire(organisationId: number): SubmittedAssessment[] {
  const latest = new Map<string, SubmittedAssessment>();
  for (const row of submittedQuery().all({ organisationId }))
    if (!latest.has(row.questionnaireId)) latest.set(row.questionnaireId, row);
  return [...latest.values()];
}

export interface CycleAssessment {
  id: number;
  organisationId: number;
  versionId: number;
  version: string;
  status: AssessmentStatus;
  submittedAt: Date | null;
}

/** The assessments of some organisations for one questionnaire and cycle (hub pages). */
export function assessmentsInCycle(
  organisationIds: readonly number[],
  questionnaireId: string,
  cycle: number,
  { submittedOnly = false }: { submittedOnly?: boolean } = {},
): CycleAssessment[] {
  if (organisationIds.length === 0) return [];
  return getDb()
    .select({
      id: assessments.id,
      organisationId: assessments.organisationId,
      versionId: assessments.questionnaireVersionId,
      version: questionnaireVersions.version,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .innerJoin(
      questionnaireVersions,
      eq(questionnaireVersions.id, assessments.questionnaireVersionId),
    )
    .where(
      and(
        inArray(assessments.organisationId, [...organisationIds]),
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        submittedOnly ? eq(assessments.status, 'submitted') : undefined,
      ),
    )
    .orderBy(asc(assessments.id))
    .all();
}

/** Cycles in which some organisations have assessments of a questionnaire, newest first. */
export function cyclesOf(organisationIds: readonly number[], questionnaireId: string): number[] {
  if (organisationIds.length === 0) return [];
  return getDb()
    .selectDistinct({ cycle: assessments.cycle })
    .from(assessments)
    .where(
      and(
        inArray(assessments.organisationId, [...organisationIds]),
        eq(assessments.questionnaireId, questionnaireId),
      ),
    )
    .orderBy(desc(assessments.cycle))
    .all()
    .map((r) => r.cycle);
}

/** The questionnaire some organisations used most (the one a hub reviews). */
export function mostUsedQuestionnaire(organisationIds: readonly number[]): string | undefined {
  if (organisationIds.length === 0) return undefined;
  return getDb()
    .select({ questionnaireId: assessments.questionnaireId, n: sql<number>`count(*)` })
    .from(assessments)
    .where(inArray(assessments.organisationId, [...organisationIds]))
    .groupBy(assessments.questionnaireId)
    .orderBy(sql`count(*) DESC`)
    .get()?.questionnaireId;
}

/** Cycles with submitted assessments, newest first, with how many parliaments submitted in each. */
export function submittedCycles(questionnaireId: string): { cycle: number; parliaments: number }[] {
  return getDb()
    .select({
      cycle: assessments.cycle,
      parliaments: sql<number>`count(DISTINCT ${assessments.organisationId})`,
    })
    .from(assessments)
    .where(
      and(eq(assessments.questionnaireId, questionnaireId), eq(assessments.status, 'submitted')),
    )
    .groupBy(assessments.cycle)
    .orderBy(sql`${assessments.cycle} DESC`)
    .all();
}

// Writing: starting, submitting, reopening. Services wrap these in one transaction with the
// writes of the other models (answers, scores) that belong to the same step.

export type CreateResult = { ok: true; id: number } | { ok: false; reason: 'cycle-taken' };

/**
 * A new assessment and its "started" event. The cycle check and the insert are one step: two
 * people starting the same cycle at once get one assessment and one "cycle taken".
 */
export function createAssessment(input: {
  organisationId: number;
  versionId: number;
  questionnaireId: string;
  cycle: number;
  baselineCycle?: number | null;
  prefilledFromId?: number | null;
  userId: number | null;
  at?: Date;
}): CreateResult {
  const at = input.at ?? new Date();
  return getDb().transaction((tx) => {
    const taken = tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          eq(assessments.organisationId, input.organisationId),
          eq(assessments.questionnaireId, input.questionnaireId),
          eq(assessments.cycle, input.cycle),
        ),
      )
      .get();
    if (taken) return { ok: false as const, reason: 'cycle-taken' as const };
    const id = tx
      .insert(assessments)
      .values({
        organisationId: input.organisationId,
        questionnaireVersionId: input.versionId,
        questionnaireId: input.questionnaireId,
        cycle: input.cycle,
        baselineCycle: input.baselineCycle ?? null,
        prefilledFromId: input.prefilledFromId ?? null,
        createdBy: input.userId,
        createdAt: at,
      })
      .returning({ id: assessments.id })
      .get().id;
    tx.insert(assessmentEvents)
      .values({ assessmentId: id, kind: 'started', actorId: input.userId, at })
      .run();
    return { ok: true as const, id };
  });
}

/**
 * Locks an open assessment as submitted, with its answers' fingerprint and overall result, and
 * raises its revision; false (nothing written) when it was not open.
 */
export function markSubmitted(input: {
  assessmentId: number;
  userId: number | null;
  answersHash: string;
  overallScore: number | null;
  overallLevel: number | null;
  at: Date;
}): boolean {
  const changed = getDb()
    .update(assessments)
    .set({
      status: 'submitted',
      submittedAt: input.at,
      submittedBy: input.userId,
      answersHash: input.answersHash,
      revision: sql`${assessments.revision} + 1`,
    })
    .where(and(eq(assessments.id, input.assessmentId), ne(assessments.status, 'submitted')))
    .run().changes;
  if (changed === 0) return false;
  getDb()
    .insert(assessmentEvents)
    .values({
      assessmentId: input.assessmentId,
      kind: 'submitted',
      actorId: input.userId,
      at: input.at,
      answersHash: input.answersHash,
      overallScore: input.overallScore,
      overallLevel: input.overallLevel,
    })
    .run();
  noteScoresChanged();
  return true;
}

/** Reopens a submitted assessment; the submission stays in the history, with the reason. */
export function markReopened(assessmentId: number, userId: number, reason: string): boolean {
  const reopened = getDb().transaction((tx) => {
    const changed = tx
      .update(assessments)
      .set({ status: 'reopened', revision: sql`${assessments.revision} + 1` })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, 'submitted')))
      .run().changes;
    if (changed === 0) return false;
    tx.insert(assessmentEvents)
      .values({ assessmentId, kind: 'reopened', actorId: userId, at: new Date(), reason })
      .run();
    return true;
  });
  if (reopened) noteScoresChanged();
  return reopened;
}

/** A domain marked ready for review, or taken back, in the assessment's history. */
export function recordDomainEvent(
  assessmentId: number,
  domainId: string,
  ready: boolean,
  userId: number,
  at: Date,
): void {
  getDb()
    .insert(assessmentEvents)
    .values({
      assessmentId,
      kind: ready ? 'domain-ready' : 'domain-reopened',
      actorId: userId,
      at,
      domainId,
    })
    .run();
}

export interface AssessmentEvent {
  id: number;
  kind: (typeof assessmentEvents.$inferSelect)['kind'];
  at: Date;
  actorName: string | null;
  domainId: string | null;
  reason: string | null;
  answersHash: string | null;
  overallScore: number | null;
  overallLevel: number | null;
}

export function listEvents(assessmentId: number): AssessmentEvent[] {
  return getDb()
    .select({
      id: assessmentEvents.id,
      kind: assessmentEvents.kind,
      at: assessmentEvents.at,
      actorName: users.name,
      domainId: assessmentEvents.domainId,
      reason: assessmentEvents.reason,
      answersHash: assessmentEvents.answersHash,
      overallScore: assessmentEvents.overallScore,
      overallLevel: assessmentEvents.overallLevel,
    })
    .from(assessmentEvents)
    .leftJoin(users, eq(users.id, assessmentEvents.actorId))
    .where(eq(assessmentEvents.assessmentId, assessmentId))
    .orderBy(asc(assessmentEvents.id))
    .all();
}

/** The latest event of each assessment (for a hub's "last activity"). */
export function lastEvents(assessmentIds: readonly number[]): Map<number, Date> {
  if (assessmentIds.length === 0) return new Map();
  const rows = getDb()
    .select({ assessmentId: assessmentEvents.assessmentId, at: max(assessmentEvents.at) })
    .from(assessmentEvents)
    .where(inArray(assessmentEvents.assessmentId, [...assessmentIds]))
    .groupBy(assessmentEvents.assessmentId)
    .all();
  return new Map(
    rows.flatMap((r) => (r.at ? [[r.assessmentId, r.at] satisfies [number, Date]] : [])),
  );
}
