import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EarlyAnswers } from '~/components/assessment/early-answers';
import { QuestionBlock } from '~/components/assessment/question';
import { UnsavedGuard, useUnsavedQuestions } from '~/components/assessment/unsaved-guard';
import { CsrfInput, Notice } from '~/components/forms';
import { readForm } from '~/access/csrf.server';
import { requireAnswerAccess, requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { documentTitle } from '~/lib/meta';
import { saveDomainAnswers } from '~/services/answering.server';
import { answeringPage } from '~/services/answering-page.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, assessment, definition, target } = requireAssessment(
    args,
    'assessment:view',
  );
  const { locale, t } = await requestT(args, 'assessment');
  const page = answeringPage({
    actor: user.actor,
    organisationId: organisation.id,
    assessment,
    definition,
    target,
    domainId: args.params.domainId,
    locale,
    t,
  });
  if (!page) throw notFound();
  return page;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** The fields beside the questions' own (`<question id>::<field>`, read by the domain's rules). */
const pageForm = z.object({ operation: z.string().optional() });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireAssessment(args, 'assessment:view');
  const place = requireAnswerAccess(args, ctx, { domainId: args.params.domainId });
  if (!place) throw notFound();
  const form = await readForm(args, { kind: 'answers' });
  const submission = parseWithZod(form, { schema: pageForm });
  const { failed, ...outcome } = saveDomainAnswers({
    assessmentId: ctx.assessment.id,
    definition: ctx.definition,
    domainId: place.domainId,
    form,
    operation: submission.status === 'success' ? submission.value.operation : undefined,
    userId: ctx.user.id,
  });
  return data(outcome, { status: failed ? 409 : 200 });
}

export default function DomainPage() {
  const { t } = useTranslation('assessment');
  const { base, domain, questions, canAnswer, status, operation, previous, next } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const unsaved = useUnsavedQuestions();
  const editable = canAnswer && status !== 'submitted';
  const resultFor = (id: string) => actionData?.results.find((r) => r.questionId === id);
  const problems =
    actionData?.results.filter(
      (r) => r.status === 'invalid' || r.status === 'conflict' || r.status === 'locked',
    ) ?? [];
  return (
    <>
      <p>
        <Link to={base}>{t('domain.back')}</Link>
      </p>
      <h2 id="domain-title">
        {domain.number}. {domain.title}
      </h2>
      {domain.description ? <p className="lead">{domain.description}</p> : null}
      {!editable ? (
        <Notice tone="info">
          {status === 'submitted' ? t('domain.submitted') : t('domain.readOnly')}
        </Notice>
      ) : null}
      {actionData && problems.length === 0 ? (
        <Notice tone="success">{t('domain.savedAll', { count: actionData.saved })}</Notice>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>{t('domain.someNotSaved', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.questionId}>
                <a href={`#q-${p.questionId}`}>
                  {questions.find((q) => q.view.id === p.questionId)?.view.number}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editable ? <EarlyAnswers /> : null}
      <Form
        method="post"
        aria-labelledby="domain-title"
        className="answer-form"
        data-autosave={editable ? 'on' : 'off'}
      >
        <CsrfInput />
        <input type="hidden" name="operation" value={operation} />
        {questions.map(({ view, answer }) => (
          <QuestionBlock
            key={`${view.id}:${answer?.revision ?? 0}`}
            question={view}
            answer={actionData?.fresh[view.id] ?? answer}
            editable={editable}
            result={resultFor(view.id)}
            raw={actionData?.raw}
            saveUrl={`${base}/answers`}
            historyUrl={`${base}/history?question=${encodeURIComponent(view.id)}`}
            onDirtyChange={unsaved.report}
          />
        ))}
        {editable ? (
          <div className="form-actions">
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
              {t('domain.save')}
            </button>
            <p className="field-hint">{t('domain.saveHint')}</p>
          </div>
        ) : null}
      </Form>
      <UnsavedGuard count={unsaved.count} />
      <nav aria-label={t('domain.pager')} className="pager">
        {previous ? (
          <Link to={`${base}/domains/${previous.id}`}>← {previous.title}</Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`${base}/domains/${next.id}`}>{next.title} →</Link>
        ) : (
          <Link to={`${base}/submit`}>{t('domain.toSubmit')} →</Link>
        )}
      </nav>
    </>
  );
}
