import { eq } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { moduleProgress } from '~/db/schema';
import { registerContent } from '~/services/registry.server';

/**
 * Registers the learning fixture (tests/fixtures/questionnaires/learning) beside the shipped
 * questionnaires: three modules on levels 6 to 9, which no shipped module reaches.
 *   lf-archive-basics  levels 6–8, no self-check, in English and French; its question
 *                      lf-records.catalogue and lf-records.retention (which links to it)
 *   lf-mixed           levels 6–7, no self-check, domains lf-records and lf-web
 *   lf-web-check       levels 7–9, English only, linked from the domain lf-web; a self-check
 *                      of 3 questions (q1: a, basics.q2: b, q3: b are right), pass mark 0.6
 */
export function registerLearningFixture(): void {
  registerContent('tests/fixtures/questionnaires/learning');
}

/** Writes a learner's progress in a module as it stood at given times. */
export function setProgress(
  userId: number,
  moduleId: string,
  progress: { startedAt: Date; completedAt?: Date; bestScore?: number },
): void {
  getDb()
    .insert(moduleProgress)
    .values({
      userId,
      moduleId,
      status: progress.completedAt ? 'completed' : 'started',
      startedAt: progress.startedAt,
      completedAt: progress.completedAt ?? null,
      bestScore: progress.bestScore ?? null,
    })
    .run();
}

export function progressRows(userId: number) {
  return getDb().select().from(moduleProgress).where(eq(moduleProgress.userId, userId)).all();
}
