import { and, asc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '~/db/client.server';
import {
  answers,
  assessments,
  cohortMembers,
  organisations,
  questionnaireVersions,
  scoreSnapshots,
} from '~/db/schema';

export interface AnswerExportRow {
  id: number;
  organisation: string;
  country: string;
  version: string;
  versionId: number;
  questionId: string;
  state: string;
  value: unknown;
  comment: string;
  evidence: string[];
  score: number | null;
  level: number | null;
}

const questionScores = alias(scoreSnapshots, 'question_scores');

/**
 * The submitted answers of a cohort's members for a cycle, a page at a time (keyset on the answer
 * id). Each page is read whole: no query stays open while the response streams, so other
 * requests keep using the connection.
 */
export function* answerPages(
  cohortId: number,
  questionnaireId: string,
  cycle: number,
  pageSize = 2_000,
): Generator<AnswerExportRow[]> {
  let after = 0;
  for (;;) {
    const page = getDb()
      .select({
        id: answers.id,
        organisation: organisations.name,
        country: organisations.country,
        version: questionnaireVersions.version,
        versionId: questionnaireVersions.id,
        questionId: answers.questionId,
        state: answers.state,
        value: answers.value,
        comment: answers.comment,
        evidence: answers.evidence,
        score: questionScores.score,
        level: questionScores.level,
      })
      .from(answers)
      .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
      .innerJoin(
        questionnaireVersions,
        eq(questionnaireVersions.id, assessments.questionnaireVersionId),
      )
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .innerJoin(
        cohortMembers,
        and(
          eq(cohortMembers.organisationId, organisations.id),
          eq(cohortMembers.cohortId, cohortId),
        ),
      )
      .leftJoin(
        questionScores,
        and(
          eq(questionScores.assessmentId, answers.assessmentId),
          eq(questionScores.nodeId, answers.questionId),
        ),
      )
      .where(
        and(
          eq(assessments.questionnaireId, questionnaireId),
          eq(assessments.cycle, cycle),
          // Coordinators read submitted work only.
          eq(assessments.status, 'submitted'),
          gt(answers.id, after),
        ),
      )
      .orderBy(asc(answers.id))
      .limit(pageSize)
      .all();
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]?.id ?? after;
    if (page.length < pageSize) return;
  }
}
