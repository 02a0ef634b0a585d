import { z } from 'zod';
import { fieldName, type FormLike } from './answer-form';
import { answerStates } from './scoring/answers';

/*
 * The autosave of the answering page: what its script posts for one question, and what the
 * server answers, in JSON. Both sides read this module: the script builds its request and
 * parses every reply with it, the route builds every reply as one of these.
 */

/** The fields posted beside the question's own `<question id>::<field>` entries. */
export const autosaveRequest = z.object({
  questionId: z.string(),
  /** New for each save and sent again unchanged on a retry, so that the server counts it once. */
  operation: z.string().regex(/^[\w-]{8,80}$/),
  /** Checked by readForm, as in every form. */
  csrf: z.string(),
});
export type AutosaveRequest = z.infer<typeof autosaveRequest>;

/** A form's entries for one question, as a save sends them (the revision is set apart). */
export function questionEntries(
  entries: Iterable<[string, FormDataEntryValue]>,
  questionId: string,
): [string, string][] {
  const own: [string, string][] = [];
  for (const [name, value] of entries) {
    if (
      typeof value === 'string' &&
      name.startsWith(`${questionId}::`) &&
      name !== fieldName(questionId, 'revision')
    )
      own.push([name, value]);
  }
  return own;
}

/** The body of one save: the question's fields, the revision they were based on, the envelope. */
export function autosaveBody(
  request: AutosaveRequest,
  revision: number,
  fields: readonly [string, string][],
): URLSearchParams {
  const body = new URLSearchParams(fields.map(([name, value]) => [name, value]));
  body.set(fieldName(request.questionId, 'revision'), String(revision));
  body.set('questionId', request.questionId);
  body.set('operation', request.operation);
  body.set('csrf', request.csrf);
  return body;
}

/**
 * The envelope of a posted save, field by field: a field missing or malformed is undefined, so
 * that the route can answer for each in its own order (which question first, then who may
 * answer it, then the operation).
 */
export function readAutosaveRequest(form: FormLike): {
  questionId: string | undefined;
  operation: string | undefined;
} {
  const questionId = autosaveRequest.shape.questionId.safeParse(form.get('questionId'));
  const operation = autosaveRequest.shape.operation.safeParse(form.get('operation'));
  return {
    questionId: questionId.success ? questionId.data : undefined,
    operation: operation.success ? operation.data : undefined,
  };
}

/** One answer as the answering page shows it, and as a conflict reply carries it. */
export const answerViewSchema = z.object({
  state: z.enum(answerStates),
  value: z.union([z.string(), z.number(), z.array(z.string()), z.null()]),
  comment: z.string(),
  evidence: z.array(z.string()),
  revision: z.number().int().nonnegative(),
  needsReview: z.boolean(),
  updatedAt: z.iso.datetime(),
  updatedByName: z.string().nullable(),
});
export type AnswerView = z.infer<typeof answerViewSchema>;

const revision = z.number().int().nonnegative();

export const autosaveReply = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), revision, savedAt: z.iso.datetime() }),
  /** The same operation arrived before (a retry): it counted once. */
  z.object({ status: z.literal('duplicate'), revision }),
  /** The fields say what the stored answer says: nothing was written. */
  z.object({ status: z.literal('unchanged'), revision }),
  /** Someone saved this answer since the person saw it: nothing was written. */
  z.object({ status: z.literal('conflict'), current: answerViewSchema.nullable() }),
  /** The assessment was submitted meanwhile: nothing was written. */
  z.object({ status: z.literal('locked') }),
  /** An i18n key (assessment namespace) saying what to fix. */
  z.object({ status: z.literal('invalid'), error: z.string() }),
]);
export type AutosaveReply = z.infer<typeof autosaveReply>;

/** The HTTP status each reply goes with: the script reads the body, proxies and logs the code. */
export function autosaveHttpStatus(reply: AutosaveReply): number {
  switch (reply.status) {
    case 'saved':
    case 'duplicate':
    case 'unchanged':
      return 200;
    case 'conflict':
    case 'locked':
      return 409;
    case 'invalid':
      return reply.error === 'answer.operationReused' ? 409 : 400;
  }
}
