import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { readForm } from '~/access/csrf.server';
import { requireAnswerAccess, requireAssessment } from '~/access/guards.server';
import {
  autosaveHttpStatus,
  readAutosaveRequest,
  type AutosaveReply,
} from '~/domain/autosave-contract';
import { autosaveAnswer } from '~/services/answering.server';

const NO_STORE = { 'Cache-Control': 'no-store' };

const reply = (body: AutosaveReply) =>
  Response.json(body, { status: autosaveHttpStatus(body), headers: NO_STORE });

/**
 * Autosave of one answer, for the answering page's script: the same checks and the same save as
 * the page's own form, answered in JSON (app/domain/autosave-contract.ts). Who may see the
 * assessment is checked before the form is read; who may answer, once the form names the question.
 */
export async function action(args: ActionFunctionArgs) {
  const ctx = requireAssessment(args, 'assessment:view');
  const form = await readForm(args, { kind: 'autosave' });
  const { questionId, operation } = readAutosaveRequest(form);
  const { question } = requireAnswerAccess(args, ctx, { questionId }) ?? {};
  if (!question) return reply({ status: 'invalid', error: 'answer.unknownQuestion' });
  if (operation === undefined) return reply({ status: 'invalid', error: 'answer.badOperation' });
  return reply(
    autosaveAnswer({
      assessmentId: ctx.assessment.id,
      definition: ctx.definition,
      question,
      form,
      operationId: operation,
      userId: ctx.user.id,
    }),
  );
}

/** Nothing to read here; still, only those who may see the assessment learn that it exists. */
export function loader(args: LoaderFunctionArgs) {
  requireAssessment(args, 'assessment:view');
  return Response.json({ error: 'Use POST' }, { status: 405, headers: NO_STORE });
}
