import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { answerView, saveQuestion } from '~/services/answering.server';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { listAnswerRecords } from '~/models/answer.server';
import { questionIndex } from '~/domain/questionnaire/tree';

const reply = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Autosave of one answer, for the answering page's script: the same checks and the same save as
 * the page's own form, answered in JSON.
 */
export async function action(args: ActionFunctionArgs) {
  const view = requireAssessment(args, 'assessment:view');
  const form = await readForm(args, { kind: 'autosave' });
  const questionId = String(form.get('questionId') ?? '');
  const entry = questionIndex(view.definition).get(questionId);
  if (!entry) return reply({ status: 'invalid', error: 'answer.unknownQuestion' }, 400);
  const ctx = requireAssessment(args, 'assessment:answer', { domainId: entry.domainId });
  const operation = String(form.get('operation') ?? '');
  if (!/^[\w-]{8,80}$/.test(operation))
    return reply({ status: 'invalid', error: 'answer.badOperation' }, 400);
  const current = listAnswerRecords(ctx.assessment.id).find((a) => a.questionId === questionId);
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
      return reply({ status: 'conflict', current: answerView(result.current) }, 409);
    case 'locked':
      return reply({ status: 'locked' }, 409);
    case 'invalid':
      return reply(
        { status: 'invalid', error: result.error },
        result.error === 'answer.operationReused' ? 409 : 400,
      );
  }
}

/** Nothing to read here; still, only those who may see the assessment learn that it exists. */
export function loader(args: LoaderFunctionArgs) {
  requireAssessment(args, 'assessment:view');
  return reply({ error: 'Use POST' }, 405);
}
