import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { answerView, saveQuestion } from '~/services/answering.server';
import {
  autosaveHttpStatus,
  readAutosaveRequest,
  type AutosaveReply,
} from '~/domain/autosave-contract';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { listAnswerRecords } from '~/models/answer.server';
import { questionIndex } from '~/domain/questionnaire/tree';

const NO_STORE = { 'Cache-Control': 'no-store' };

const reply = (body: AutosaveReply) =>
  Response.json(body, { status: autosaveHttpStatus(body), headers: NO_STORE });

/**
 * Autosave of one answer, for the answering page's script: the same checks and the same save as
 * the page's own form, answered in JSON (app/domain/autosave-contract.ts).
 */
export async function action(args: ActionFunctionArgs) {
  const view = requireAssessment(args, 'assessment:view');
  const form = await readForm(args, { kind: 'autosave' });
  const { questionId, operation } = readAutosaveRequest(form);
  const entry =
    questionId === undefined ? undefined : questionIndex(view.definition).get(questionId);
  if (!entry) return reply({ status: 'invalid', error: 'answer.unknownQuestion' });
  const ctx = requireAssessment(args, 'assessment:answer', { domainId: entry.domainId });
  if (operation === undefined) return reply({ status: 'invalid', error: 'answer.badOperation' });
  const current = listAnswerRecords(ctx.assessment.id).find((a) => a.questionId === entry.node.id);
  const result = saveQuestion({
    questionnaire: ctx.definition,
    question: entry.node,
    form,
    current,
    assessmentId: ctx.assessment.id,
    operationId: operation,
    userId: ctx.user.id,
  });
  switch (result.status) {
    case 'saved':
      return reply({
        status: 'saved',
        revision: result.revision,
        savedAt: result.savedAt.toISOString(),
      });
    case 'duplicate':
      return reply({ status: 'duplicate', revision: result.revision });
    case 'unchanged':
      return reply({ status: 'unchanged', revision: current?.revision ?? 0 });
    case 'conflict':
      return reply({ status: 'conflict', current: answerView(result.current) });
    case 'locked':
      return reply({ status: 'locked' });
    case 'invalid':
      return reply({ status: 'invalid', error: result.error });
  }
}

/** Nothing to read here; still, only those who may see the assessment learn that it exists. */
export function loader(args: LoaderFunctionArgs) {
  requireAssessment(args, 'assessment:view');
  return Response.json({ error: 'Use POST' }, { status: 405, headers: NO_STORE });
}
