import { differs, parseQuestionFields, type FormLike, type SubmittedAnswer } from './answer-form';
import type { AnswerView } from './autosave-contract';
import type { StoredAnswer } from './scoring/answer-hash';
import { countingFor } from './scoring/answers';
import type { CourseModule, Question, Questionnaire } from './questionnaire/schema';
import { textIn } from './questionnaire/text';
import { questionsOf, scaleOptions } from './questionnaire/tree';

/*
 * The answering page without its storage: a question and an answer as the page shows them, and
 * what a posted form asks to save for one question.
 */

/** A question as the answering page shows it: texts in the reader's language, nothing more. */
export interface QuestionView {
  id: string;
  number: string;
  kind: Question['kind'];
  text: string;
  help?: string;
  guidance?: string;
  evidencePrompt?: string;
  options: { id: string; label: string; description?: string }[];
  items: { id: string; label: string }[];
  unit?: string;
  min?: number;
  max?: number;
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
  modules: { id: string; title: string }[];
}

/** A stored answer with its revision and who changed it last. */
export interface AnswerRecordLike extends StoredAnswer {
  revision: number;
  needsReview: boolean;
  updatedAt: Date;
  updatedByName: string | null;
}

/** An answer as the answering page shows it (and as an autosave conflict sends it back). */
export function answerView(record: AnswerRecordLike | null | undefined): AnswerView | null {
  if (!record) return null;
  return {
    state: record.state,
    value: record.value ?? null,
    comment: record.comment,
    evidence: [...record.evidence],
    revision: record.revision,
    needsReview: record.needsReview,
    updatedAt: record.updatedAt.toISOString(),
    updatedByName: record.updatedByName,
  };
}

export function questionView(
  questionnaire: Questionnaire,
  question: Question,
  number: string,
  locale: string,
  modules: readonly CourseModule[],
): QuestionView {
  const tr = (t: Parameters<typeof textIn>[0] | undefined) =>
    t === undefined ? undefined : textIn(t, locale);
  const linked = new Set([
    ...(question.modules ?? []),
    ...modules.filter((m) => m.questions.includes(question.id)).map((m) => m.id),
  ]);
  const base = {
    id: question.id,
    number,
    kind: question.kind,
    text: textIn(question.text, locale),
    help: tr(question.help),
    guidance: tr(question.guidance),
    evidencePrompt: tr(question.evidence),
    options: [] as QuestionView['options'],
    items: [] as QuestionView['items'],
    allowNotApplicable:
      question.kind !== 'text' &&
      countingFor(questionnaire, question, 'not-applicable') !== 'not-allowed',
    allowDontKnow:
      question.kind !== 'text' &&
      countingFor(questionnaire, question, 'dont-know') !== 'not-allowed',
    modules: modules
      .filter((m) => linked.has(m.id))
      .map((m) => ({ id: m.id, title: textIn(m.title, locale) })),
  };
  switch (question.kind) {
    case 'choice':
      return {
        ...base,
        options: (scaleOptions(questionnaire, question.scale) ?? []).map((o) => ({
          id: o.id,
          label: textIn(o.label, locale),
          description: tr(question.options?.[o.id]),
        })),
      };
    case 'yes-no':
      return {
        ...base,
        options: (question.partly === false ? ['yes', 'no'] : ['yes', 'partly', 'no']).map(
          (id) => ({ id, label: id }),
        ),
      };
    case 'checklist':
      return {
        ...base,
        items: question.items.map((i) => ({ id: i.id, label: textIn(i.label, locale) })),
      };
    case 'number':
      return { ...base, unit: tr(question.unit), min: question.min, max: question.max };
    case 'text':
      return base;
  }
}

/** The questions of a domain, numbered within the questionnaire (3.2 is the second of domain 3). */
export function domainQuestions(questionnaire: Questionnaire, domainId: string) {
  const index = questionnaire.domains.findIndex((d) => d.id === domainId);
  const domain = questionnaire.domains[index];
  if (!domain) return undefined;
  return { domain, number: index + 1, questions: questionsOf(domain) };
}

export type AnswerChange =
  /** An i18n key (assessment namespace) saying what to fix. */
  | { kind: 'invalid'; error: string }
  | { kind: 'unchanged' }
  | { kind: 'save'; answer: SubmittedAnswer; baseRevision: number };

/**
 * What a form says about one question, against the answer stored: an error to fix, nothing to
 * write, or an answer to save on the revision the person saw.
 */
export function answerChange(
  questionnaire: Questionnaire,
  question: Question,
  form: FormLike,
  current: (StoredAnswer & { needsReview: boolean }) | undefined,
): AnswerChange {
  const parsed = parseQuestionFields(questionnaire, question, form);
  if (parsed.kind === 'invalid') return { kind: 'invalid', error: parsed.error };
  if (parsed.kind === 'blank') return { kind: 'unchanged' };
  const stored = current
    ? {
        state: current.state,
        value: current.value ?? null,
        comment: current.comment,
        evidence: [...current.evidence],
      }
    : undefined;
  // A carried-over answer stays "to review" until the person changes it or confirms it as it
  // is; a page saved as a whole (without JavaScript) must not confirm what nobody looked at.
  if (!differs(parsed.answer, stored) && !(current?.needsReview && parsed.confirmed))
    return { kind: 'unchanged' };
  return { kind: 'save', answer: parsed.answer, baseRevision: parsed.baseRevision };
}
