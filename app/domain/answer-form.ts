import type { Question, Questionnaire } from './questionnaire/schema';
import { checkAnswer, type Answer, type AnswerState } from './scoring/answers';

/*
 * The answer fields of the answering pages, one set per question, named `<question id>::<field>`
 * (question ids never contain a colon). The same names serve the plain form (all questions of
 * a domain, one Save button) and the autosave of one question.
 */

export const NOT_APPLICABLE = '__na';
export const DONT_KNOW = '__dk';
export const NONE_OF_THESE = '__none';
export const MAX_EVIDENCE_LINKS = 10;
export const MAX_COMMENT = 5_000;

export const fieldName = (
  questionId: string,
  field:
    | 'answer'
    | 'items'
    | 'special'
    | 'number'
    | 'text'
    | 'comment'
    | 'evidence'
    | 'revision'
    | 'present'
    | 'confirm',
) => `${questionId}::${field}`;

export interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

export interface SubmittedAnswer {
  state: AnswerState;
  value: string | number | string[] | null;
  comment: string;
  evidence: string[];
}

export type ParsedAnswer =
  | {
      kind: 'answer';
      answer: SubmittedAnswer;
      baseRevision: number;
      /** The person ticked "still right" on an answer carried over from the last cycle. */
      confirmed: boolean;
    }
  /** Nothing chosen, and nothing was there before: not an answer. */
  | { kind: 'blank'; baseRevision: number }
  /** An i18n key (assessment namespace) saying what to fix. */
  | { kind: 'invalid'; error: string; baseRevision: number };

const text = (form: FormLike, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

function special(value: string): AnswerState | undefined {
  if (value === NOT_APPLICABLE) return 'not-applicable';
  if (value === DONT_KNOW) return 'dont-know';
  return undefined;
}

/** Web addresses, one per line: http(s) only, at most ten. */
export function parseEvidence(raw: string): { ok: true; links: string[] } | { ok: false } {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > MAX_EVIDENCE_LINKS) return { ok: false };
  for (const line of lines) {
    if (line.length > 2_000) return { ok: false };
    try {
      const url = new URL(line);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false };
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, links: lines };
}

function chosen(
  question: Question,
  form: FormLike,
): { state: AnswerState; value: SubmittedAnswer['value'] } | undefined {
  const id = question.id;
  switch (question.kind) {
    case 'choice':
    case 'yes-no': {
      const answer = text(form, fieldName(id, 'answer'));
      if (!answer) return undefined;
      const state = special(answer);
      return state ? { state, value: null } : { state: 'answered', value: answer };
    }
    case 'checklist': {
      const mark = text(form, fieldName(id, 'special'));
      const items = form
        .getAll(fieldName(id, 'items'))
        .filter((v): v is string => typeof v === 'string');
      const state = special(mark);
      if (state) return { state, value: null };
      if (items.length === 0 && mark !== NONE_OF_THESE) return undefined;
      return { state: 'answered', value: items };
    }
    case 'number': {
      const state = special(text(form, fieldName(id, 'special')));
      if (state) return { state, value: null };
      const raw = text(form, fieldName(id, 'number')).trim().replace(',', '.');
      if (!raw) return undefined;
      return { state: 'answered', value: Number(raw) };
    }
    case 'text': {
      const value = text(form, fieldName(id, 'text'));
      return value.trim() ? { state: 'answered', value } : undefined;
    }
  }
}

/** Reads one question's fields and checks them against the question. */
export function parseQuestionFields(
  questionnaire: Questionnaire,
  question: Question,
  form: FormLike,
): ParsedAnswer {
  const baseRevision = Number(text(form, fieldName(question.id, 'revision')) || '0');
  const revision = Number.isInteger(baseRevision) && baseRevision >= 0 ? baseRevision : 0;
  const comment = text(form, fieldName(question.id, 'comment')).trim();
  const evidence = parseEvidence(text(form, fieldName(question.id, 'evidence')));
  if (comment.length > MAX_COMMENT)
    return { kind: 'invalid', error: 'answer.commentTooLong', baseRevision: revision };
  if (!evidence.ok)
    return { kind: 'invalid', error: 'answer.evidenceInvalid', baseRevision: revision };
  const choice = chosen(question, form);
  if (!choice) {
    if (comment || evidence.links.length)
      return { kind: 'invalid', error: 'answer.chooseFirst', baseRevision: revision };
    return { kind: 'blank', baseRevision: revision };
  }
  if (question.kind === 'number' && choice.state === 'answered' && !Number.isFinite(choice.value)) {
    return { kind: 'invalid', error: 'answer.numberInvalid', baseRevision: revision };
  }
  const check = checkAnswer(questionnaire, question, {
    state: choice.state,
    value: choice.value,
  } satisfies Answer);
  if (!check.ok) {
    const key = question.kind === 'number' ? 'answer.numberOutOfRange' : 'answer.notAnOption';
    return { kind: 'invalid', error: key, baseRevision: revision };
  }
  return {
    kind: 'answer',
    answer: {
      state: check.answer.state,
      value: check.answer.value ?? null,
      comment,
      evidence: evidence.links,
    },
    baseRevision: revision,
    confirmed: text(form, fieldName(question.id, 'confirm')) === '1',
  };
}

/** Whether a submitted answer differs from the stored one (a Save only writes what changed). */
export function differs(a: SubmittedAnswer, b: SubmittedAnswer | undefined): boolean {
  if (!b) return true;
  return (
    a.state !== b.state ||
    JSON.stringify(a.value ?? null) !== JSON.stringify(b.value ?? null) ||
    a.comment !== b.comment ||
    JSON.stringify(a.evidence) !== JSON.stringify(b.evidence)
  );
}
