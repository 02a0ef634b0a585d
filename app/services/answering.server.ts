import { randomUUID } from 'node:crypto';
import { fieldName, type FormLike, type SubmittedAnswer } from '~/domain/answer-form';
import { answerChange, answerView } from '~/domain/answering';
import type { AnswerView, AutosaveReply } from '~/domain/autosave-contract';
import type { Question, Questionnaire } from '~/domain/questionnaire/schema';
import { questionsOf } from '~/domain/questionnaire/tree';
import {
  listAnswerRecords,
  saveAnswer,
  type AnswerRecord,
  type SaveOutcome,
} from '~/models/answer.server';

/*
 * A person answers: the answering page's form (every question of a domain, one Save button) and
 * its autosave (one question at a time) save through saveQuestion, with the same checks.
 */

export type QuestionSave =
  | Exclude<SaveOutcome, { status: 'reused' }>
  | { status: 'invalid'; questionId: string; error: string; submitted: SubmittedAnswer | null }
  | { status: 'unchanged'; questionId: string };

/**
 * Saves what a form says about one question: checks it, skips it if nothing changed, else saves
 * it against the revision the person saw.
 */
export function saveQuestion(input: {
  questionnaire: Questionnaire;
  question: Question;
  form: FormLike;
  current: AnswerRecord | undefined;
  assessmentId: number;
  operationId: string;
  userId: number;
}): QuestionSave {
  const { question } = input;
  const change = answerChange(input.questionnaire, question, input.form, input.current);
  if (change.kind === 'invalid')
    return { status: 'invalid', questionId: question.id, error: change.error, submitted: null };
  if (change.kind === 'unchanged') return { status: 'unchanged', questionId: question.id };
  const outcome = saveAnswer({
    assessmentId: input.assessmentId,
    questionId: question.id,
    answer: change.answer,
    baseRevision: change.baseRevision,
    operationId: input.operationId,
    userId: input.userId,
  });
  return outcome.status === 'reused'
    ? {
        status: 'invalid',
        questionId: question.id,
        error: 'answer.operationReused',
        submitted: change.answer,
      }
    : outcome;
}

/** One question's outcome on the answering page (a conflict carries the answer saved meanwhile). */
export type QuestionResult =
  | { status: 'conflict'; questionId: string; current: AnswerView | null }
  | { status: 'invalid'; questionId: string; error: string }
  | { status: Exclude<QuestionSave['status'], 'conflict' | 'invalid'>; questionId: string };

export interface DomainSave {
  /** Some question was not saved: the page answers 409 and says which. */
  failed: boolean;
  results: QuestionResult[];
  saved: number;
  /** What the person typed, field by field, for every question that was not saved. */
  raw: Record<string, string[]>;
  /** Each posted question's answer as stored now. */
  fresh: Record<string, AnswerView | null>;
}

const notSaved = (status: QuestionSave['status']) =>
  status === 'invalid' || status === 'conflict' || status === 'locked';

/**
 * The answering page's form, posted as a whole: each question of the domain that the form
 * carries is saved on its own (one failing leaves the others saved), under the form's operation
 * id with the question's id appended.
 */
export function saveDomainAnswers(input: {
  assessmentId: number;
  definition: Questionnaire;
  domainId: string;
  form: FormData;
  operation: string | undefined;
  userId: number;
}): DomainSave {
  const { assessmentId, definition, form } = input;
  const domain = definition.domains.find((d) => d.id === input.domainId);
  const operation = input.operation ?? randomUUID();
  const records = new Map(listAnswerRecords(assessmentId).map((a) => [a.questionId, a]));
  const saves: QuestionSave[] = [];
  for (const question of domain ? questionsOf(domain) : []) {
    if (form.get(fieldName(question.id, 'present')) === null) continue;
    saves.push(
      saveQuestion({
        questionnaire: definition,
        question,
        form,
        current: records.get(question.id),
        assessmentId,
        operationId: `${operation}:${question.id}`,
        userId: input.userId,
      }),
    );
  }
  // What the person typed comes back for every question that was not saved: nothing is lost.
  const raw: Record<string, string[]> = {};
  for (const save of saves) {
    if (!notSaved(save.status)) continue;
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string' && name.startsWith(`${save.questionId}::`))
        (raw[name] ??= []).push(value);
    }
  }
  const after = new Map(listAnswerRecords(assessmentId).map((a) => [a.questionId, a]));
  return {
    failed: saves.some((s) => notSaved(s.status)),
    results: saves.map((s): QuestionResult => {
      if (s.status === 'conflict')
        return { status: s.status, questionId: s.questionId, current: answerView(s.current) };
      if (s.status === 'invalid')
        return { status: s.status, questionId: s.questionId, error: s.error };
      return { status: s.status, questionId: s.questionId };
    }),
    saved: saves.filter((s) => s.status === 'saved' || s.status === 'duplicate').length,
    raw,
    fresh: Object.fromEntries(
      saves.map((s) => [s.questionId, answerView(after.get(s.questionId))]),
    ),
  };
}

/** The autosave of one question: the same save as the page's form, answered as the contract says. */
export function autosaveAnswer(input: {
  assessmentId: number;
  definition: Questionnaire;
  question: Question;
  form: FormLike;
  operationId: string;
  userId: number;
}): AutosaveReply {
  const { assessmentId, question } = input;
  const current = listAnswerRecords(assessmentId).find((a) => a.questionId === question.id);
  const result = saveQuestion({
    questionnaire: input.definition,
    question,
    form: input.form,
    current,
    assessmentId,
    operationId: input.operationId,
    userId: input.userId,
  });
  switch (result.status) {
    case 'saved':
      return { status: 'saved', revision: result.revision, savedAt: result.savedAt.toISOString() };
    case 'duplicate':
      return { status: 'duplicate', revision: result.revision };
    case 'unchanged':
      return { status: 'unchanged', revision: current?.revision ?? 0 };
    case 'conflict':
      return { status: 'conflict', current: answerView(result.current) };
    case 'locked':
      return { status: 'locked' };
    case 'invalid':
      return { status: 'invalid', error: result.error };
  }
}
