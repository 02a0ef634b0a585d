import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { checkAttempts, moduleProgress } from '~/db/schema';
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

/** Where each of some people is on some modules (those they never opened are absent). */
export function progressOfPeople(
  userIds: readonly number[],
  moduleIds?: readonly string[],
): { userId: number; moduleId: string; status: 'started' | 'completed' }[] {
  if (userIds.length === 0 || moduleIds?.length === 0) return [];
  return getDb()
    .select({
      userId: moduleProgress.userId,
      moduleId: moduleProgress.moduleId,
      status: moduleProgress.status,
    })
    .from(moduleProgress)
    .where(
      and(
        inArray(moduleProgress.userId, [...userIds]),
        moduleIds ? inArray(moduleProgress.moduleId, [...moduleIds]) : undefined,
      ),
    )
    .all();
}
