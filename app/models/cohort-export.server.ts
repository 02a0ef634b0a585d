import { and, asc, eq, gte, inArray } from 'drizzle-orm';
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

/**
 * The submitted answers of a cohort's members for a cycle, a page at a time: first the list of
 * submitted assessments (members by name), then their answers a few assessments per page, each
 * page one indexed query. Each page is read whole: no query stays open while the response
 * streams, so other requests keep using the connection, and the total work grows with the number
 * of answers, not with answers × pages.
 */
export function* answerPages(
  cohortId: number,
  questionnaireId: string,
  cycle: number,
  assessmentsPerPage = 25,
): Generator<AnswerExportRow[]> {
  const db = getDb();
  const submitted = db
    .select({
      id: assessments.id,
      organisation: organisations.name,
      country: organisations.country,
      version: questionnaireVersions.version,
      versionId: questionnaireVersions.id,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .innerJoin(
      cohortMembers,
      and(eq(cohortMembers.organisationId, organisations.id), eq(cohortMembers.cohortId, cohortId)),
    )
    .innerJoin(
      questionnaireVersions,
      eq(questionnaireVersions.id, assessments.questionnaireVersionId),
    )
    .where(
      and(
        eq(assessments.questionnaireId, questionnaireId),
        eq(assessments.cycle, cycle),
        // Coordinators read submitted work only.
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(asc(organisations.name), asc(assessments.id))
    .all();

  for (let start = 0; start < submitted.length; start += assessmentsPerPage) {
    const batch = submitted.slice(start, start + assessmentsPerPage);
    const ids = batch.map((a) => a.id);
    const rows = db
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
      .where(inArray(answers.assessmentId, ids))
      .orderBy(asc(answers.assessmentId), asc(answers.id))
      .all();
    const scores = new Map(
      db
        .select({
          assessmentId: scoreSnapshots.assessmentId,
          nodeId: scoreSnapshots.nodeId,
          score: scoreSnapshots.score,
          level: scoreSnapshots.level,
        })
        .from(scoreSnapshots)
        // Below the domains (depth 2 and more): read from the covering benchmark index.
        .where(and(inArray(scoreSnapshots.assessmentId, ids), gte(scoreSnapshots.depth, 2)))
        .all()
        .map((s) => [`${s.assessmentId}\u0000${s.nodeId}`, s]),
    );
    const byAssessment = new Map<number, typeof rows>();
    for (const row of rows) {
      const list = byAssessment.get(row.assessmentId) ?? [];
      list.push(row);
      byAssessment.set(row.assessmentId, list);
    }
    const page: AnswerExportRow[] = [];
    for (const assessment of batch) {
      for (const row of byAssessment.get(assessment.id) ?? []) {
        const score = scores.get(`${assessment.id}\u0000${row.questionId}`);
        page.push({
          id: row.id,
          organisation: assessment.organisation,
          country: assessment.country,
          version: assessment.version,
          versionId: assessment.versionId,
          questionId: row.questionId,
          state: row.state,
          value: row.value,
          comment: row.comment,
          evidence: row.evidence,
          score: score?.score ?? null,
          level: score?.level ?? null,
        });
      }
    }
    if (page.length) yield page;
  }
}
