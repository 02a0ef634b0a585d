import { eq, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { targets } from '~/db/schema';
import type { TargetSet } from '~/domain/targets';

/* The levels an assessment aims for: per domain, and per question where refined by hand. */

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
export function saveTargets(
  assessmentId: number,
  set: TargetSet,
  userId: number | null,
  at = new Date(),
): void {
  getDb().transaction((tx) => {
    tx.delete(targets).where(eq(targets.assessmentId, assessmentId)).run();
    const rows = [
      ...[...set.domains].map(([nodeId, target]) => ({ nodeId, target, kind: 'domain' as const })),
      ...[...set.questions].map(([nodeId, target]) => ({
        nodeId,
        target,
        kind: 'question' as const,
      })),
    ].map((row) => ({ ...row, assessmentId, setBy: userId, setAt: at }));
    if (rows.length > 0) tx.insert(targets).values(rows).run();
  });
}
