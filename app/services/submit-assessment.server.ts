import type { TFunction } from 'i18next';
import { progressByDomain } from '~/domain/progress';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { scoreAssessment, type NodeScore } from '~/domain/scoring/score';
import { answersFingerprint, listAnswerRecords, listStoredAnswers } from '~/models/answer.server';
import { markSubmitted, stateOf, type AssessmentSummary } from '~/models/assessment.server';
import { audit } from '~/models/audit.server';
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

export interface SubmitPage {
  base: string;
  status: AssessmentSummary['status'];
  answered: number;
  total: number;
  /** Answers carried over from the last cycle that nobody has confirmed or changed. */
  review: number;
  /** The questions still without an answer, in questionnaire order, each with its domain. */
  unanswered: { id: string; domainId: string; text: string }[];
  meta: { title: string; site: string };
}

/** What the lead respondent reads before submitting: how much is answered, and what is not. */
export function submitPage(input: {
  organisationId: number;
  assessment: AssessmentSummary;
  definition: Questionnaire;
  locale: string;
  t: TFunction;
}): SubmitPage {
  const { assessment, definition, locale, t } = input;
  const answers = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const index = questionIndex(definition);
  const progress = progressByDomain(definition, answers);
  return {
    base: `/o/${input.organisationId}/assessments/${assessment.id}`,
    status: assessment.status,
    answered: progress.reduce((n, p) => n + p.answered, 0),
    total: progress.reduce((n, p) => n + p.total, 0),
    review: progress.reduce((n, p) => n + p.needsReview, 0),
    unanswered: progress.flatMap((p) =>
      p.unanswered.map((id) => ({
        id,
        domainId: p.domainId,
        text: textIn(index.get(id)?.node.text ?? id, locale),
      })),
    ),
    meta: { title: t('submit.title'), site: t('common:app.name') },
  };
}

/** The lead respondent submits (see submitAssessment), and the audit log says so. */
export function submitAsLead(input: {
  organisationId: number;
  assessment: Pick<AssessmentSummary, 'id' | 'cycle'>;
  userId: number;
  address: string;
}): { status: 'submitted' } | { status: 'not-open' } {
  const { assessment } = input;
  if (!submitAssessment(assessment.id, input.userId).ok) return { status: 'not-open' };
  audit({
    action: 'assessment.submitted',
    actorId: input.userId,
    targetType: 'assessment',
    targetId: assessment.id,
    organisationId: input.organisationId,
    address: input.address,
    detail: { cycle: assessment.cycle },
  });
  return { status: 'submitted' };
}
