import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import {
  assessments,
  checkAttempts,
  cohortMembers,
  memberships,
  moduleProgress,
  organisations,
  users,
} from '~/db/schema';
import type { CheckResult } from '~/domain/self-check';

export interface Progress {
  moduleId: string;
  status: 'started' | 'completed';
  startedAt: Date;
  completedAt: Date | null;
  bestScore: number | null;
}

export function progressOf(userId: number): Map<string, Progress> {
  const rows = getDb()
    .select({
      moduleId: moduleProgress.moduleId,
      status: moduleProgress.status,
      startedAt: moduleProgress.startedAt,
      completedAt: moduleProgress.completedAt,
      bestScore: moduleProgress.bestScore,
    })
    .from(moduleProgress)
    .where(eq(moduleProgress.userId, userId))
    .all();
  return new Map(rows.map((r) => [r.moduleId, r]));
}

export function markStarted(userId: number, moduleId: string): void {
  getDb()
    .insert(moduleProgress)
    .values({ userId, moduleId, status: 'started', startedAt: new Date() })
    .onConflictDoNothing()
    .run();
}

/** Completes a module (for modules without a self-check; others complete by passing it). */
export function markCompleted(userId: number, moduleId: string): void {
  const now = new Date();
  getDb()
    .insert(moduleProgress)
    .values({ userId, moduleId, status: 'completed', startedAt: now, completedAt: now })
    .onConflictDoUpdate({
      target: [moduleProgress.userId, moduleProgress.moduleId],
      set: { status: 'completed', completedAt: now },
    })
    .run();
}

/** Back to "started" (a learner may undo a completion they marked by hand). */
export function markNotCompleted(userId: number, moduleId: string): void {
  getDb()
    .update(moduleProgress)
    .set({ status: 'started', completedAt: null })
    .where(and(eq(moduleProgress.userId, userId), eq(moduleProgress.moduleId, moduleId)))
    .run();
}

/** Keeps a self-check attempt; a pass completes the module, the best score is remembered. */
export function recordAttempt(
  userId: number,
  moduleId: string,
  result: CheckResult,
  answers: Record<string, string>,
): void {
  const now = new Date();
  getDb().transaction((tx) => {
    tx.insert(checkAttempts)
      .values({ userId, moduleId, score: result.score, passed: result.passed, answers, at: now })
      .run();
    const current = tx
      .select({ status: moduleProgress.status, bestScore: moduleProgress.bestScore })
      .from(moduleProgress)
      .where(and(eq(moduleProgress.userId, userId), eq(moduleProgress.moduleId, moduleId)))
      .get();
    const best = Math.max(result.score, current?.bestScore ?? 0);
    if (!current) {
      tx.insert(moduleProgress)
        .values({
          userId,
          moduleId,
          status: result.passed ? 'completed' : 'started',
          startedAt: now,
          completedAt: result.passed ? now : null,
          bestScore: best,
        })
        .run();
    } else {
      tx.update(moduleProgress)
        .set({
          bestScore: best,
          ...(result.passed && current.status !== 'completed'
            ? { status: 'completed' as const, completedAt: now }
            : {}),
        })
        .where(and(eq(moduleProgress.userId, userId), eq(moduleProgress.moduleId, moduleId)))
        .run();
    }
  });
}

export interface TeamProgress {
  userId: number;
  name: string;
  role: string;
  modules: Map<string, 'started' | 'completed'>;
}

/** Each person of an organisation and where they are on the given modules. */
export function teamProgress(organisationId: number, moduleIds: readonly string[]): TeamProgress[] {
  const db = getDb();
  const people = db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.name)
    .all();
  if (people.length === 0 || moduleIds.length === 0)
    return people.map((p) => ({ ...p, modules: new Map() }));
  const rows = db
    .select({
      userId: moduleProgress.userId,
      moduleId: moduleProgress.moduleId,
      status: moduleProgress.status,
    })
    .from(moduleProgress)
    .where(
      and(
        inArray(
          moduleProgress.userId,
          people.map((p) => p.userId),
        ),
        inArray(moduleProgress.moduleId, [...moduleIds]),
      ),
    )
    .all();
  return people.map((p) => ({
    ...p,
    modules: new Map(rows.filter((r) => r.userId === p.userId).map((r) => [r.moduleId, r.status])),
  }));
}

export interface CohortCompletion {
  organisationId: number;
  organisation: string;
  people: number;
  learners: number;
  completed: number;
  started: number;
}

/** Per member parliament of a cohort: its people, how many learn, modules completed and started. */
export function cohortCompletion(cohortId: number): CohortCompletion[] {
  return getDb()
    .select({
      organisationId: organisations.id,
      organisation: organisations.name,
      people: sql<number>`(SELECT count(*) FROM ${memberships} m WHERE m.organisation_id = ${organisations.id})`,
      learners: sql<number>`(SELECT count(DISTINCT p.user_id) FROM ${moduleProgress} p JOIN ${memberships} m ON m.user_id = p.user_id WHERE m.organisation_id = ${organisations.id})`,
      completed: sql<number>`(SELECT count(*) FROM ${moduleProgress} p JOIN ${memberships} m ON m.user_id = p.user_id WHERE m.organisation_id = ${organisations.id} AND p.status = 'completed')`,
      started: sql<number>`(SELECT count(*) FROM ${moduleProgress} p JOIN ${memberships} m ON m.user_id = p.user_id WHERE m.organisation_id = ${organisations.id} AND p.status = 'started')`,
    })
    .from(cohortMembers)
    .innerJoin(organisations, eq(organisations.id, cohortMembers.organisationId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(organisations.name)
    .all();
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

export interface SubmittedAssessment {
  id: number;
  cycle: number;
  versionId: number;
  questionnaireId: string;
}

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
