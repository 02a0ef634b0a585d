import type { TFunction } from 'i18next';
import { z } from 'zod';
import { describeAnswer } from '~/domain/describe-answer';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { listAnswerHistory } from '~/models/answer.server';
import { listEvents, type AssessmentEvent } from '~/models/assessment.server';

export interface HistoryPage {
  base: string;
  /** The question the history is narrowed to, if any. */
  question: { id: string; text: string } | null;
  /** What happened to the assessment (started, submitted, reopened...): not for one question. */
  events: (Omit<AssessmentEvent, 'at'> & { at: string; domain: string | null })[];
  changes: {
    id: number;
    questionId: string;
    questionText: string;
    revision: number;
    before: string | null;
    after: string;
    at: string;
    by: string | null;
  }[];
  meta: { title: string; site: string };
}

/** An answer as the history keeps it (before and after each change): read field by field. */
const kept = z.object({ state: z.unknown(), value: z.unknown(), comment: z.unknown() }).partial();

/**
 * An assessment's history in the reader's language: its events, and every change of an answer
 * in words, newest first; or one question's changes only.
 */
export function assessmentHistory(input: {
  organisationId: number;
  assessmentId: number;
  definition: Questionnaire;
  questionId: string | undefined;
  locale: string;
  t: TFunction;
}): HistoryPage {
  const { assessmentId, definition, questionId: filter, locale, t } = input;
  const index = questionIndex(definition);
  const question = filter ? index.get(filter) : undefined;
  const describe = (questionId: string, raw: unknown) => {
    const entry = index.get(questionId);
    const parsed = kept.safeParse(raw);
    const snapshot = parsed.success ? parsed.data : null;
    if (!entry) return '';
    const words = describeAnswer(definition, entry.node, snapshot, locale, t);
    const comment =
      typeof snapshot?.comment === 'string' && snapshot.comment ? ` — “${snapshot.comment}”` : '';
    return words + comment;
  };
  return {
    base: `/o/${input.organisationId}/assessments/${assessmentId}`,
    question: question ? { id: question.node.id, text: textIn(question.node.text, locale) } : null,
    events: filter
      ? []
      : listEvents(assessmentId).map((e) => ({
          ...e,
          at: e.at.toISOString(),
          domain: e.domainId
            ? textIn(
                definition.domains.find((d) => d.id === e.domainId)?.title ?? e.domainId,
                locale,
              )
            : null,
        })),
    changes: listAnswerHistory(assessmentId, filter).map((h) => ({
      id: h.id,
      questionId: h.questionId,
      questionText: textIn(index.get(h.questionId)?.node.text ?? h.questionId, locale),
      revision: h.revision,
      before: h.before ? describe(h.questionId, h.before) : null,
      after: describe(h.questionId, h.after),
      at: h.changedAt.toISOString(),
      by: h.changedByName,
    })),
    meta: { title: t('history.title'), site: t('common:app.name') },
  };
}
