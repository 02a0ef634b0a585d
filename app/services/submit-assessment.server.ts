import type { Questionnaire } from '~/domain/questionnaire/schema';
import { scoreAssessment, type NodeScore } from '~/domain/scoring/score';
import { answersFingerprint, listStoredAnswers } from '~/models/answer.server';
import { markSubmitted, stateOf } from '~/models/assessment.server';
import { definitionOf } from '~/models/questionnaire.server';
import { writeSnapshot } from '~/models/score-snapshot.server';
import { inTransaction } from '~/models/transaction.server';

export type SubmitResult = { ok: true; overall: NodeScore } | { ok: false; reason: 'not-open' };

/**
 * What a submission writes, whoever submits (a person, or the demo and scale seeds): the scores
 * by the questionnaire's rules as a snapshot, the answers' fingerprint, the locked state with a
 * raised revision, and the event. Call inside a transaction, on an open assessment.
 */
export function recordSubmission(input: {
  assessmentId: number;
  definition: Questionnaire;
  userId: number | null;
  at: Date;
}): { overall: NodeScore } {
  const stored = listStoredAnswers(input.assessmentId);
  const result = scoreAssessment(input.definition, new Map(stored.map((a) => [a.questionId, a])));
  // Before the lock: a submitted assessment's scores cannot change (a database trigger).
  writeSnapshot(input.assessmentId, result);
  const locked = markSubmitted({
    assessmentId: input.assessmentId,
    userId: input.userId,
    answersHash: answersFingerprint(input.assessmentId),
    overallScore: result.overall.score,
    overallLevel: result.overall.level,
    at: input.at,
  });
  // Callers check the state in the same transaction; this throws (and rolls back) on a race.
  if (!locked) throw new Error(`Assessment ${input.assessmentId} is not open for submission`);
  return { overall: result.overall };
}

/**
 * Submits in one transaction: the assessment is locked, scored by its questionnaire's rules, the
 * score snapshot written and a hash of the answers stored. Any failure leaves nothing behind.
 */
export function submitAssessment(assessmentId: number, userId: number): SubmitResult {
  return inTransaction(() => {
    const state = stateOf(assessmentId);
    if (!state || state.status === 'submitted') return { ok: false as const, reason: 'not-open' };
    const { overall } = recordSubmission({
      assessmentId,
      definition: definitionOf(state),
      userId,
      at: new Date(),
    });
    return { ok: true as const, overall };
  });
}
