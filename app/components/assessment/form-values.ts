import { DONT_KNOW, fieldName, NONE_OF_THESE, NOT_APPLICABLE } from '~/domain/answer-form';
import type { AnswerView } from '~/domain/autosave-contract';
import type { QuestionView } from '~/domain/answering';

/*
 * What a question's fields show when the page renders: the stored answer, or what the person
 * typed when the page's own form (posted as a whole) could not save it.
 */

/** Form values as the person typed them, by field name (returned when a save failed). */
export type RawValues = Record<string, string[]>;

/** What the page's form said about one question. */
export interface FormResult {
  status: string;
  error?: string;
  current?: AnswerView | null;
}

/** What a question's fields show when the page renders. */
export interface Defaults {
  answer: string;
  items: string[];
  special: string;
  number: string;
  text: string;
  comment: string;
  evidence: string;
}

/** The fields for a stored answer (or none). */
export function defaultsFrom(
  question: QuestionView,
  answer: Pick<AnswerView, 'state' | 'value' | 'comment' | 'evidence'> | null,
): Defaults {
  const specialOf = (state: string | undefined) =>
    state === 'not-applicable' ? NOT_APPLICABLE : state === 'dont-know' ? DONT_KNOW : '';
  const value = answer?.state === 'answered' ? answer.value : null;
  return {
    answer:
      answer?.state === 'answered' && typeof value === 'string' ? value : specialOf(answer?.state),
    items: Array.isArray(value) ? value : [],
    special:
      specialOf(answer?.state) ||
      (question.kind === 'checklist' &&
      Array.isArray(value) &&
      value.length === 0 &&
      answer?.state === 'answered'
        ? NONE_OF_THESE
        : ''),
    number: typeof value === 'number' ? String(value) : '',
    text: question.kind === 'text' && typeof value === 'string' ? value : '',
    comment: answer?.comment ?? '',
    evidence: (answer?.evidence ?? []).join('\n'),
  };
}

/** The fields as they were posted, for a question the page's form could not save. */
export function defaultsFromRaw(question: QuestionView, raw: RawValues): Defaults {
  const one = (field: Parameters<typeof fieldName>[1]) =>
    raw[fieldName(question.id, field)]?.[0] ?? '';
  return {
    answer: one('answer'),
    items: raw[fieldName(question.id, 'items')] ?? [],
    special: one('special'),
    number: one('number'),
    text: one('text'),
    comment: one('comment'),
    evidence: one('evidence'),
  };
}
