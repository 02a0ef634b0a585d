import type { Counting, Question, Questionnaire } from '../questionnaire/schema';
import { scaleOptions } from '../questionnaire/tree';

export const answerStates = ['answered', 'not-applicable', 'dont-know'] as const;
export type AnswerState = (typeof answerStates)[number];

/** What a respondent gave for one question: an option id, option ids, a number or a text. */
export interface Answer {
  state: AnswerState;
  value?: string | number | string[] | null;
}

export type AnswerSet = ReadonlyMap<string, Answer>;

/** How a not-applicable or don't-know answer counts for this question (its own rule, else the file's). */
export function countingFor(
  questionnaire: Questionnaire,
  question: Question,
  state: 'not-applicable' | 'dont-know',
): Counting {
  return state === 'not-applicable'
    ? (question.notApplicable ?? questionnaire.answers.notApplicable)
    : (question.dontKnow ?? questionnaire.answers.dontKnow);
}

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; reason: string };

/**
 * Whether an answer fits its question: the option exists, the number is within bounds, the
 * not-applicable and don't-know answers are allowed. The same rule guards saving and scoring.
 */
export function checkAnswer(
  questionnaire: Questionnaire,
  question: Question,
  answer: Answer,
): AnswerCheck {
  if (answer.state !== 'answered') {
    if (question.kind === 'text') return { ok: false, reason: 'text questions take a text' };
    if (countingFor(questionnaire, question, answer.state) === 'not-allowed') {
      return { ok: false, reason: `${answer.state} is not offered for this question` };
    }
    return { ok: true, answer: { state: answer.state, value: null } };
  }
  const value = answer.value;
  switch (question.kind) {
    case 'choice': {
      const ids = (scaleOptions(questionnaire, question.scale) ?? []).map((o) => o.id);
      return typeof value === 'string' && ids.includes(value)
        ? { ok: true, answer: { state: 'answered', value } }
        : { ok: false, reason: 'choose one of the options' };
    }
    case 'checklist': {
      const ids = question.items.map((i) => i.id);
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && ids.includes(v))) {
        return { ok: false, reason: 'tick items of the list only' };
      }
      return { ok: true, answer: { state: 'answered', value: [...new Set(value)].sort() } };
    }
    case 'yes-no': {
      const allowed = question.partly === false ? ['yes', 'no'] : ['yes', 'partly', 'no'];
      return typeof value === 'string' && allowed.includes(value)
        ? { ok: true, answer: { state: 'answered', value } }
        : { ok: false, reason: `answer ${allowed.join(', ')}` };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { ok: false, reason: 'enter a number' };
      if (question.min !== undefined && value < question.min)
        return { ok: false, reason: `enter at least ${question.min}` };
      if (question.max !== undefined && value > question.max)
        return { ok: false, reason: `enter at most ${question.max}` };
      return { ok: true, answer: { state: 'answered', value } };
    }
    case 'text': {
      if (typeof value !== 'string') return { ok: false, reason: 'enter a text' };
      if (value.length > 10_000)
        return { ok: false, reason: 'keep the text under 10,000 characters' };
      return { ok: true, answer: { state: 'answered', value } };
    }
  }
}
