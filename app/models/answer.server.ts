import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { answerHistory, answers, users, type AnswerValue } from '~/db/schema';
import { canonicalAnswers, type StoredAnswer } from '~/domain/scoring/answer-hash';
import type { Answer, AnswerState } from '~/domain/scoring/answers';
import { stateOf } from './assessment.server';

/*
 * Answers and their append-only history, written in the same transaction: each save raises the
 * answer's revision, and a stale revision is a conflict, never an overwrite.
 */

export interface AnswerRecord extends StoredAnswer {
  revision: number;
  needsReview: boolean;
  updatedAt: Date;
  updatedByName: string | null;
}

/** The answers of an assessment, as scoring and hashing read them. */
export function listStoredAnswers(assessmentId: number): StoredAnswer[] {
  return getDb()
    .select({
      questionId: answers.questionId,
      state: answers.state,
      value: answers.value,
      comment: answers.comment,
      evidence: answers.evidence,
    })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId))
    .all();
}

/** The answers with who changed them last and their revision, for the answering pages. */
export function listAnswerRecords(assessmentId: number): AnswerRecord[] {
  return getDb()
    .select({
      questionId: answers.questionId,
      state: answers.state,
      value: answers.value,
      comment: answers.comment,
      evidence: answers.evidence,
      revision: answers.revision,
      needsReview: answers.needsReview,
      updatedAt: answers.updatedAt,
      updatedByName: users.name,
    })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedBy))
    .where(eq(answers.assessmentId, assessmentId))
    .all();
}

export interface AnswerInput {
  state: AnswerState;
  value: AnswerValue;
  comment: string;
  evidence: string[];
}

export type SaveOutcome =
  | { status: 'saved'; questionId: string; revision: number; savedAt: Date }
  /** The same operation arrived before (a retry): it counts once, and says what it did. */
  | { status: 'duplicate'; questionId: string; revision: number }
  /** The operation id was used before for another question or another answer: nothing is written. */
  | { status: 'reused'; questionId: string }
  /** Someone saved this answer since the client read it: nothing is written. */
  | { status: 'conflict'; questionId: string; current: AnswerRecord | null }
  | { status: 'locked'; questionId: string };

function snapshotOf(record: AnswerInput & { needsReview: boolean }) {
  return {
    state: record.state,
    value: record.value,
    comment: record.comment,
    evidence: record.evidence,
    needsReview: record.needsReview,
  };
}

function recordOf(assessmentId: number, questionId: string): AnswerRecord | undefined {
  return listAnswerRecords(assessmentId).find((a) => a.questionId === questionId);
}

/**
 * Saves one answer, atomically with its history row. `baseRevision` is the revision the person
 * saw (0 for an answer that did not exist): a stale one is a conflict, never an overwrite. The
 * client's `operationId` makes a retried request count once.
 */
export function saveAnswer(input: {
  assessmentId: number;
  questionId: string;
  answer: AnswerInput;
  baseRevision: number;
  operationId: string;
  userId: number;
}): SaveOutcome {
  const { assessmentId, questionId, answer, baseRevision, operationId, userId } = input;
  return getDb().transaction((tx) => {
    const done = tx
      .select({
        questionId: answerHistory.questionId,
        revision: answerHistory.revision,
        after: answerHistory.after,
      })
      .from(answerHistory)
      .where(
        and(
          eq(answerHistory.assessmentId, assessmentId),
          eq(answerHistory.operationId, operationId),
        ),
      )
      .get();
    if (done) {
      // A retry carries the same question and the same answer; anything else is not a retry,
      // and answering "duplicate" to it would drop that save without a word.
      const retry =
        done.questionId === questionId &&
        JSON.stringify(done.after) ===
          JSON.stringify(snapshotOf({ ...answer, needsReview: false }));
      return retry
        ? { status: 'duplicate' as const, questionId, revision: done.revision }
        : { status: 'reused' as const, questionId };
    }

    const status = stateOf(assessmentId)?.status;
    if (status === undefined || status === 'submitted')
      return { status: 'locked' as const, questionId };

    const current = tx
      .select()
      .from(answers)
      .where(and(eq(answers.assessmentId, assessmentId), eq(answers.questionId, questionId)))
      .get();
    if ((current?.revision ?? 0) !== baseRevision) {
      return {
        status: 'conflict' as const,
        questionId,
        current: recordOf(assessmentId, questionId) ?? null,
      };
    }
    const now = new Date();
    const revision = (current?.revision ?? 0) + 1;
    const values = {
      state: answer.state,
      value: answer.value,
      comment: answer.comment,
      evidence: answer.evidence,
      needsReview: false,
      revision,
      updatedBy: userId,
      updatedAt: now,
    };
    if (current) {
      tx.update(answers).set(values).where(eq(answers.id, current.id)).run();
    } else {
      tx.insert(answers)
        .values({ assessmentId, questionId, ...values })
        .run();
    }
    tx.insert(answerHistory)
      .values({
        assessmentId,
        questionId,
        revision,
        before: current ? snapshotOf({ ...current, value: current.value ?? null }) : null,
        after: snapshotOf({ ...answer, needsReview: false }),
        changedBy: userId,
        changedAt: now,
        operationId,
      })
      .run();
    return { status: 'saved' as const, questionId, revision, savedAt: now };
  });
}

export interface HistoryEntry {
  id: number;
  questionId: string;
  revision: number;
  before: unknown;
  after: unknown;
  changedAt: Date;
  changedByName: string | null;
}

export function listAnswerHistory(assessmentId: number, questionId?: string): HistoryEntry[] {
  return getDb()
    .select({
      id: answerHistory.id,
      questionId: answerHistory.questionId,
      revision: answerHistory.revision,
      before: answerHistory.before,
      after: answerHistory.after,
      changedAt: answerHistory.changedAt,
      changedByName: users.name,
    })
    .from(answerHistory)
    .leftJoin(users, eq(users.id, answerHistory.changedBy))
    .where(
      questionId
        ? and(
            eq(answerHistory.assessmentId, assessmentId),
            eq(answerHistory.questionId, questionId),
          )
        : eq(answerHistory.assessmentId, assessmentId),
    )
    .orderBy(desc(answerHistory.id))
    .limit(1000)
    .all();
}

/** The SHA-256 fingerprint of an assessment's answers, kept with each submission. */
export function answersFingerprint(assessmentId: number): string {
  return createHash('sha256')
    .update(canonicalAnswers(listStoredAnswers(assessmentId)))
    .digest('hex');
}

/**
 * Answers carried from an earlier cycle into a new assessment: each marked "to review", at
 * revision 1, by the person who started it.
 */
export function insertCarriedAnswers(
  assessmentId: number,
  carried: ReadonlyMap<string, StoredAnswer>,
  userId: number,
  at: Date,
): void {
  for (const [questionId, answer] of carried) {
    getDb()
      .insert(answers)
      .values({
        assessmentId,
        questionId,
        state: answer.state,
        value: answer.value ?? null,
        comment: answer.comment,
        evidence: [...answer.evidence],
        needsReview: true,
        revision: 1,
        updatedBy: userId,
        updatedAt: at,
      })
      .run();
  }
}

/**
 * Many answers at once, each with its history row (for the demo and scale data): one statement
 * per table, not one per row, since the scale seed writes millions of rows.
 */
export function insertAnswersInBulk(
  assessmentId: number,
  given: ReadonlyMap<string, Answer>,
  userId: number | null,
  at: Date,
): void {
  const rows = [...given].map(([questionId, a]) => ({
    questionId,
    state: a.state,
    value: a.value ?? null,
  }));
  if (rows.length === 0) return;
  const db = getDb();
  db.insert(answers)
    .values(
      rows.map((a) => ({ ...a, assessmentId, revision: 1, updatedBy: userId, updatedAt: at })),
    )
    .run();
  db.insert(answerHistory)
    .values(
      rows.map((a) => ({
        assessmentId,
        questionId: a.questionId,
        revision: 1,
        before: null,
        after: { state: a.state, value: a.value, comment: '', evidence: [], needsReview: false },
        changedBy: userId,
        changedAt: at,
      })),
    )
    .run();
}

export interface ExportedAnswer {
  id: number;
  assessmentId: number;
  questionId: string;
  state: AnswerState;
  value: AnswerValue;
  comment: string;
  evidence: string[];
}

/** The answers of several assessments, by assessment then as saved (exports page through these). */
export function answersOf(assessmentIds: readonly number[]): ExportedAnswer[] {
  if (assessmentIds.length === 0) return [];
  return getDb()
    .select({
      id: answers.id,
      assessmentId: answers.assessmentId,
      questionId: answers.questionId,
      state: answers.state,
      value: answers.value,
      comment: answers.comment,
      evidence: answers.evidence,
    })
    .from(answers)
    .where(inArray(answers.assessmentId, [...assessmentIds]))
    .orderBy(asc(answers.assessmentId), asc(answers.id))
    .all();
}

/** How many answers each assessment has. */
export function answerCounts(assessmentIds: readonly number[]): Map<number, number> {
  if (assessmentIds.length === 0) return new Map();
  const rows = getDb()
    .select({ assessmentId: answers.assessmentId, n: sql<number>`count(*)` })
    .from(answers)
    .where(inArray(answers.assessmentId, [...assessmentIds]))
    .groupBy(answers.assessmentId)
    .all();
  return new Map(rows.map((r) => [r.assessmentId, r.n]));
}

/** When each assessment's answers last changed. */
export function lastAnswerChanges(assessmentIds: readonly number[]): Map<number, Date> {
  if (assessmentIds.length === 0) return new Map();
  const rows = getDb()
    .select({ assessmentId: answerHistory.assessmentId, at: max(answerHistory.changedAt) })
    .from(answerHistory)
    .where(inArray(answerHistory.assessmentId, [...assessmentIds]))
    .groupBy(answerHistory.assessmentId)
    .all();
  return new Map(
    rows.flatMap((r) => (r.at ? [[r.assessmentId, r.at] satisfies [number, Date]] : [])),
  );
}
