import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import {
  answerHistory,
  answers,
  assessmentEvents,
  assessments,
  scoreSnapshots,
  targets,
} from '~/db/schema';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { canonicalAnswers } from '~/domain/scoring/answer-hash';
import type { Answer } from '~/domain/scoring/answers';
import { scoreAssessment } from '~/domain/scoring/score';

/*
 * Writing many assessments at once, for the demo and for scale data. The same tables and the
 * same scoring as a person answering and submitting, without the page-by-page checks: callers
 * give answers that the generator made valid. Call inside a transaction for speed.
 */

export interface BulkAssessment {
  organisationId: number;
  questionnaireId: string;
  versionId: number;
  definition: Questionnaire;
  cycle: number;
  answers: ReadonlyMap<string, Answer>;
  userId: number | null;
  at: Date;
  submit: boolean;
  domainTargets?: ReadonlyMap<string, number>;
}

export function insertAssessment(input: BulkAssessment): number {
  const db = getDb();
  const id = db
    .insert(assessments)
    .values({
      organisationId: input.organisationId,
      questionnaireVersionId: input.versionId,
      questionnaireId: input.questionnaireId,
      cycle: input.cycle,
      createdBy: input.userId,
      createdAt: input.at,
    })
    .returning({ id: assessments.id })
    .get().id;
  const stored = [...input.answers].map(([questionId, a]) => ({
    questionId,
    state: a.state,
    value: a.value ?? null,
    comment: '',
    evidence: [] as string[],
  }));
  // One statement per table, not one per row: the scale seed writes millions of rows.
  if (stored.length > 0) {
    db.insert(answers)
      .values(
        stored.map((a) => ({
          assessmentId: id,
          questionId: a.questionId,
          state: a.state,
          value: a.value,
          revision: 1,
          updatedBy: input.userId,
          updatedAt: input.at,
        })),
      )
      .run();
    db.insert(answerHistory)
      .values(
        stored.map((a) => ({
          assessmentId: id,
          questionId: a.questionId,
          revision: 1,
          before: null,
          after: { state: a.state, value: a.value, comment: '', evidence: [], needsReview: false },
          changedBy: input.userId,
          changedAt: input.at,
        })),
      )
      .run();
  }
  for (const [nodeId, target] of input.domainTargets ?? []) {
    db.insert(targets)
      .values({
        assessmentId: id,
        nodeId,
        kind: 'domain',
        target,
        setBy: input.userId,
        setAt: input.at,
      })
      .run();
  }
  db.insert(assessmentEvents)
    .values({ assessmentId: id, kind: 'started', actorId: input.userId, at: input.at })
    .run();
  if (!input.submit) return id;

  const result = scoreAssessment(input.definition, new Map(stored.map((a) => [a.questionId, a])));
  db.insert(scoreSnapshots)
    .values(
      [...result.nodes.values()].map((node) => ({
        assessmentId: id,
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
      })),
    )
    .run();
  const hash = createHash('sha256').update(canonicalAnswers(stored)).digest('hex');
  db.update(assessments)
    .set({
      status: 'submitted',
      submittedAt: input.at,
      submittedBy: input.userId,
      answersHash: hash,
    })
    .where(eq(assessments.id, id))
    .run();
  db.insert(assessmentEvents)
    .values({
      assessmentId: id,
      kind: 'submitted',
      actorId: input.userId,
      at: input.at,
      answersHash: hash,
      overallScore: result.overall.score,
      overallLevel: result.overall.level,
    })
    .run();
  return id;
}
