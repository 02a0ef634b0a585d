import type { Questionnaire } from '~/domain/questionnaire/schema';
import type { Answer } from '~/domain/scoring/answers';
import { insertAnswersInBulk } from '~/models/answer.server';
import { createAssessment } from '~/models/assessment.server';
import { saveTargets } from '~/models/target.server';
import { recordSubmission } from './submit-assessment.server';

/*
 * Writing many assessments at once, for the demo and for scale data: the same tables, the same
 * scoring and the same submission as a person answering and submitting, without the page-by-
 * page checks (callers give answers that the generator made valid). Call inside a transaction
 * for speed.
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
  const created = createAssessment({
    organisationId: input.organisationId,
    versionId: input.versionId,
    questionnaireId: input.questionnaireId,
    cycle: input.cycle,
    userId: input.userId,
    at: input.at,
  });
  if (!created.ok)
    throw new Error(`Organisation ${input.organisationId} already has cycle ${input.cycle}`);
  insertAnswersInBulk(created.id, input.answers, input.userId, input.at);
  if (input.domainTargets?.size)
    saveTargets(
      created.id,
      { domains: new Map(input.domainTargets), questions: new Map() },
      input.userId,
      input.at,
    );
  if (input.submit)
    recordSubmission({
      assessmentId: created.id,
      definition: input.definition,
      userId: input.userId,
      at: input.at,
    });
  return created.id;
}
