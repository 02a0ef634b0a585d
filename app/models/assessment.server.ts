import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import {
  answers,
  assessmentEvents,
  assessments,
  cohortMembers,
  domainAssignments,
  memberships,
  domainReviews,
  questionnaireVersions,
  scoreSnapshots,
  targets,
  users,
} from '~/db/schema';
import type { Actor, OrganisationTarget } from '~/domain/policy';
import { carryAnswers } from '~/domain/questionnaire/carry';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { compareVersions } from '~/domain/questionnaire/version';
import { canonicalAnswers } from '~/domain/scoring/answer-hash';
import { OVERALL, scoreAssessment, type NodeScore } from '~/domain/scoring/score';
import type { TargetSet } from '~/domain/targets';
import { listStoredAnswers } from './answer.server';
import { invalidateBenchmarks } from './benchmark.server';
import { getDefinition, listVersions } from './questionnaire.server';

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
  if (actor.coordinatedCohorts.length) {
    const coordinated = and(
      eq(assessments.status, 'submitted'),
      inArray(
        assessments.organisationId,
        getDb()
          .select({ id: cohortMembers.organisationId })
          .from(cohortMembers)
          .where(inArray(cohortMembers.cohortId, [...actor.coordinatedCohorts])),
      ),
    );
    if (coordinated) conditions.push(coordinated);
  }
  return conditions.length ? or(...conditions) : sql`0`;
}

function baseQuery() {
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
  return baseQuery()
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
  return baseQuery()
    .where(
      and(
        eq(assessments.id, id),
        eq(assessments.organisationId, organisationId),
        visibleAssessments(actor),
      ),
    )
    .get();
}

/** What the policy needs about an assessment (and the domain a save touches). */
export function assessmentTarget(
  organisation: OrganisationTarget,
  assessment: Pick<AssessmentSummary, 'id' | 'status'>,
  domainId?: string,
): OrganisationTarget {
  const assignees = domainId
    ? getDb()
        .select({ userId: domainAssignments.userId })
        .from(domainAssignments)
        .where(
          and(
            eq(domainAssignments.assessmentId, assessment.id),
            eq(domainAssignments.domainId, domainId),
          ),
        )
        .all()
        .map((r) => r.userId)
    : [];
  return { ...organisation, submitted: assessment.status === 'submitted', assignees };
}

/** The whole definition of the version an assessment answers. */
export function definitionOf(assessment: Pick<AssessmentSummary, 'versionId'>): Questionnaire {
  const definition = getDefinition(assessment.versionId);
  if (!definition)
    throw new Error(`Questionnaire version ${assessment.versionId} is not registered`);
  return definition;
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

export function cyclesTaken(organisationId: number, questionnaireId: string): number[] {
  return getDb()
    .select({ cycle: assessments.cycle })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.questionnaireId, questionnaireId),
      ),
    )
    .all()
    .map((r) => r.cycle);
}

/** The versions from one to another of the same questionnaire, oldest first. */
function versionChain(
  questionnaireId: string,
  fromVersionId: number,
  toVersionId: number,
): Questionnaire[] {
  const versions = listVersions().filter((v) => v.questionnaireId === questionnaireId);
  const from = versions.find((v) => v.id === fromVersionId);
  const to = versions.find((v) => v.id === toVersionId);
  if (!from || !to) return [];
  return versions
    .filter(
      (v) =>
        compareVersions(v.version, from.version) >= 0 &&
        compareVersions(v.version, to.version) <= 0,
    )
    .map((v) => getDefinition(v.id))
    .filter((d): d is Questionnaire => d !== undefined);
}

export type StartResult =
  { ok: true; id: number; prefilled: number } | { ok: false; reason: 'cycle-taken' };

/**
 * Starts an assessment for a cycle on a version. With `prefill`, the previous cycle's submitted
 * answers are carried across versions through the version maps, each marked for review.
 */
export function startAssessment(input: {
  organisationId: number;
  versionId: number;
  cycle: number;
  baselineCycle: number | null;
  prefill: boolean;
  userId: number;
}): StartResult {
  const version = listVersions().find((v) => v.id === input.versionId);
  if (!version) throw new Error('Unknown questionnaire version');
  if (cyclesTaken(input.organisationId, version.questionnaireId).includes(input.cycle)) {
    return { ok: false, reason: 'cycle-taken' };
  }
  const previous = input.prefill
    ? previousSubmitted(input.organisationId, version.questionnaireId, input.cycle)
    : undefined;
  const carried = previous
    ? carryAnswers(
        versionChain(version.questionnaireId, previous.versionId, input.versionId),
        new Map(listStoredAnswers(previous.id).map((a) => [a.questionId, a])),
      )
    : new Map();
  const now = new Date();
  return getDb().transaction((tx) => {
    const id = tx
      .insert(assessments)
      .values({
        organisationId: input.organisationId,
        questionnaireVersionId: input.versionId,
        questionnaireId: version.questionnaireId,
        cycle: input.cycle,
        baselineCycle: input.baselineCycle,
        prefilledFromId: previous?.id ?? null,
        createdBy: input.userId,
      })
      .returning({ id: assessments.id })
      .get().id;
    for (const [questionId, answer] of carried) {
      tx.insert(answers)
        .values({
          assessmentId: id,
          questionId,
          state: answer.state,
          value: answer.value ?? null,
          comment: answer.comment,
          evidence: [...answer.evidence],
          needsReview: true,
          revision: 1,
          updatedBy: input.userId,
          updatedAt: now,
        })
        .run();
    }
    tx.insert(assessmentEvents)
      .values({ assessmentId: id, kind: 'started', actorId: input.userId, at: now })
      .run();
    return { ok: true as const, id, prefilled: carried.size };
  });
}

export function hashAnswers(assessmentId: number): string {
  return createHash('sha256')
    .update(canonicalAnswers(listStoredAnswers(assessmentId)))
    .digest('hex');
}

export type SubmitResult = { ok: true; overall: NodeScore } | { ok: false; reason: 'not-open' };

/**
 * Submits in one transaction: the assessment is locked, scored by its questionnaire's rules, the
 * score snapshot written and a hash of the answers stored. Any failure leaves nothing behind.
 */
export function submitAssessment(assessmentId: number, userId: number): SubmitResult {
  const db = getDb();
  const outcome: SubmitResult = db.transaction((tx) => {
    const row = tx
      .select({ status: assessments.status, versionId: assessments.questionnaireVersionId })
      .from(assessments)
      .where(eq(assessments.id, assessmentId))
      .get();
    if (!row || row.status === 'submitted')
      return { ok: false as const, reason: 'not-open' as const };
    const definition = definitionOf({ versionId: row.versionId });
    const stored = listStoredAnswers(assessmentId);
    const result = scoreAssessment(definition, new Map(stored.map((a) => [a.questionId, a])));
    const hash = createHash('sha256').update(canonicalAnswers(stored)).digest('hex');
    const now = new Date();
    tx.delete(scoreSnapshots).where(eq(scoreSnapshots.assessmentId, assessmentId)).run();
    for (const node of result.nodes.values()) {
      tx.insert(scoreSnapshots)
        .values({
          assessmentId,
          nodeId: node.id,
          parentId: node.parentId,
          depth: node.depth,
          kind: node.kind,
          score: node.score,
          max: node.max,
          ratio: node.ratio,
          level: node.level,
          answered: node.answered,
          total: node.total,
          explanation: node.explanation,
        })
        .run();
    }
    tx.update(assessments)
      .set({
        status: 'submitted',
        submittedAt: now,
        submittedBy: userId,
        answersHash: hash,
        revision: sql`${assessments.revision} + 1`,
      })
      .where(and(eq(assessments.id, assessmentId), ne(assessments.status, 'submitted')))
      .run();
    tx.insert(assessmentEvents)
      .values({
        assessmentId,
        kind: 'submitted',
        actorId: userId,
        at: now,
        answersHash: hash,
        overallScore: result.overall.score,
        overallLevel: result.overall.level,
      })
      .run();
    return { ok: true as const, overall: result.overall };
  });
  if (outcome.ok) invalidateBenchmarks();
  return outcome;
}

/** Reopens a submitted assessment; the submission stays in the history, with the reason. */
export function reopenAssessment(assessmentId: number, userId: number, reason: string): boolean {
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
  if (reopened) invalidateBenchmarks();
  return reopened;
}

export type HeadlineScores = Map<string, { score: number | null; level: number | null }>;

/**
 * The overall and domain scores (snapshot depth 0 and 1) of several submitted assessments in one
 * query, by assessment id: what dashboards, trends and hub pages show.
 */
export function headlineScores(assessmentIds: readonly number[]): Map<number, HeadlineScores> {
  const byAssessment = new Map<number, HeadlineScores>();
  if (assessmentIds.length === 0) return byAssessment;
  const rows = getDb()
    .select({
      assessmentId: scoreSnapshots.assessmentId,
      nodeId: scoreSnapshots.nodeId,
      score: scoreSnapshots.score,
      level: scoreSnapshots.level,
    })
    .from(scoreSnapshots)
    .where(
      and(inArray(scoreSnapshots.assessmentId, [...assessmentIds]), lte(scoreSnapshots.depth, 1)),
    )
    .all();
  for (const r of rows) {
    let nodes = byAssessment.get(r.assessmentId);
    if (!nodes) byAssessment.set(r.assessmentId, (nodes = new Map()));
    nodes.set(r.nodeId, { score: r.score, level: r.level });
  }
  return byAssessment;
}

/** The scores written at the last submission, by node id. */
export function readSnapshot(assessmentId: number): Map<string, NodeScore> {
  const rows = getDb()
    .select()
    .from(scoreSnapshots)
    .where(eq(scoreSnapshots.assessmentId, assessmentId))
    .all();
  return new Map(
    rows.map((r) => [
      r.nodeId,
      {
        id: r.nodeId,
        kind: r.kind,
        parentId: r.parentId,
        depth: r.depth,
        score: r.score,
        max: r.max,
        ratio: r.ratio,
        level: r.level,
        answered: r.answered,
        total: r.total,
        explanation: r.explanation as NodeScore['explanation'],
      },
    ]),
  );
}

export function hasSnapshot(assessmentId: number): boolean {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(scoreSnapshots)
      .where(and(eq(scoreSnapshots.assessmentId, assessmentId), eq(scoreSnapshots.nodeId, OVERALL)))
      .get()?.n === 1
  );
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

// Working together: assignments and domains ready for review.

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

export function setDomainReady(
  assessmentId: number,
  domainId: string,
  userId: number,
  ready: boolean,
): void {
  const now = new Date();
  getDb().transaction((tx) => {
    if (ready) {
      tx.insert(domainReviews)
        .values({ assessmentId, domainId, readyBy: userId, readyAt: now })
        .onConflictDoUpdate({
          target: [domainReviews.assessmentId, domainReviews.domainId],
          set: { readyBy: userId, readyAt: now },
        })
        .run();
    } else {
      tx.delete(domainReviews)
        .where(
          and(eq(domainReviews.assessmentId, assessmentId), eq(domainReviews.domainId, domainId)),
        )
        .run();
    }
    tx.insert(assessmentEvents)
      .values({
        assessmentId,
        kind: ready ? 'domain-ready' : 'domain-reopened',
        actorId: userId,
        at: now,
        domainId,
      })
      .run();
  });
}

// Targets.

const targetsQuery = preparedQuery((db) =>
  db
    .select({ nodeId: targets.nodeId, kind: targets.kind, target: targets.target })
    .from(targets)
    .where(eq(targets.assessmentId, sql.placeholder('assessmentId')))
    .prepare(),
);

export function readTargets(assessmentId: number): TargetSet {
  const rows = targetsQuery().all({ assessmentId });
  return {
    domains: new Map(rows.filter((r) => r.kind === 'domain').map((r) => [r.nodeId, r.target])),
    questions: new Map(rows.filter((r) => r.kind === 'question').map((r) => [r.nodeId, r.target])),
  };
}

/** Replaces an assessment's targets: domain targets, and the questions refined by hand. */
export function saveTargets(assessmentId: number, set: TargetSet, userId: number): void {
  const now = new Date();
  getDb().transaction((tx) => {
    tx.delete(targets).where(eq(targets.assessmentId, assessmentId)).run();
    for (const [nodeId, target] of set.domains) {
      tx.insert(targets)
        .values({ assessmentId, nodeId, kind: 'domain', target, setBy: userId, setAt: now })
        .run();
    }
    for (const [nodeId, target] of set.questions) {
      tx.insert(targets)
        .values({ assessmentId, nodeId, kind: 'question', target, setBy: userId, setAt: now })
        .run();
    }
  });
}

/** The people of an organisation who can be assigned domains (leads and contributors). */
export function assignablePeople(organisationId: number) {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, ['lead', 'contributor']),
      ),
    )
    .orderBy(asc(users.name))
    .all();
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
