import { requestLocale } from '~/access/locale.server';
import { randomUUID } from 'node:crypto';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { EarlyAnswers } from '~/components/assessment/early-answers';
import { QuestionBlock, type RawValues } from '~/components/assessment/question';
import { UnsavedGuard, useUnsavedQuestions } from '~/components/assessment/unsaved-guard';
import { CsrfInput, Notice } from '~/components/forms';
import { fieldName } from '~/domain/answer-form';
import { can } from '~/domain/policy';
import { textIn } from '~/domain/questionnaire/text';
import {
  answerView,
  domainQuestions,
  questionView,
  saveQuestion,
  type QuestionSave,
} from '~/services/answering.server';
import { notFound } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { assessmentTarget, requireAssessment } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listAnswerRecords } from '~/models/answer.server';
import { listModules } from '~/models/questionnaire.server';

function domainOf(definition: Parameters<typeof domainQuestions>[0], domainId: string | undefined) {
  const found = domainId ? domainQuestions(definition, domainId) : undefined;
  if (!found) throw notFound();
  return found;
}

export async function loader(args: LoaderFunctionArgs) {
  const ctx = requireAssessment(args, 'assessment:view');
  const { user, organisation, assessment, definition } = ctx;
  const { domain, number, questions } = domainOf(definition, args.params.domainId);
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'assessment');
  const answerTarget = assessmentTarget(
    { organisationId: organisation.id, cohortIds: ctx.cohortIds },
    assessment,
    domain.id,
  );
  const records = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const modules = listModules(assessment.questionnaireId);
  const index = definition.domains.findIndex((d) => d.id === domain.id);
  const neighbour = (offset: number) => {
    const d = definition.domains[index + offset];
    return d ? { id: d.id, title: textIn(d.title, locale) } : null;
  };
  return {
    base: `/o/${organisation.id}/assessments/${assessment.id}`,
    domain: {
      id: domain.id,
      number,
      title: textIn(domain.title, locale),
      description: domain.description ? textIn(domain.description, locale) : null,
    },
    questions: questions.map((q, i) => ({
      view: questionView(definition, q, `${number}.${i + 1}`, locale, modules),
      answer: answerView(records.get(q.id)),
    })),
    canAnswer: can(user.actor, 'assessment:answer', answerTarget),
    status: assessment.status,
    operation: randomUUID(),
    previous: neighbour(-1),
    next: neighbour(1),
    meta: {
      title: `${textIn(domain.title, locale)} · ${t('header.title', { cycle: assessment.cycle })}`,
      site: t('common:app.name'),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const view = requireAssessment(args, 'assessment:view');
  const { domain, questions } = domainOf(view.definition, args.params.domainId);
  const ctx = requireAssessment(args, 'assessment:answer', { domainId: domain.id });
  const form = await readForm(args, { kind: 'answers' });
  const operation = String(form.get('operation') ?? '') || randomUUID();
  const records = new Map(listAnswerRecords(ctx.assessment.id).map((a) => [a.questionId, a]));
  const results: QuestionSave[] = [];
  for (const question of questions) {
    if (form.get(fieldName(question.id, 'present')) === null) continue;
    results.push(
      saveQuestion({
        questionnaire: ctx.definition,
        question,
        form,
        current: records.get(question.id),
        assessmentId: ctx.assessment.id,
        operationId: `${operation}:${question.id}`,
        userId: ctx.user.id,
      }),
    );
  }
  // What the person typed comes back for every question that was not saved: nothing is lost.
  const raw: RawValues = {};
  for (const result of results) {
    if (result.status !== 'invalid' && result.status !== 'conflict' && result.status !== 'locked')
      continue;
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string' && name.startsWith(`${result.questionId}::`))
        (raw[name] ??= []).push(value);
    }
  }
  const failed = results.some(
    (r) => r.status === 'invalid' || r.status === 'conflict' || r.status === 'locked',
  );
  const answerRecords = new Map(listAnswerRecords(ctx.assessment.id).map((a) => [a.questionId, a]));
  return data(
    {
      results: results.map((r) =>
        r.status === 'conflict'
          ? { status: r.status, questionId: r.questionId, current: answerView(r.current) }
          : r.status === 'invalid'
            ? { status: r.status, questionId: r.questionId, error: r.error }
            : { status: r.status, questionId: r.questionId },
      ),
      saved: results.filter((r) => r.status === 'saved' || r.status === 'duplicate').length,
      raw,
      fresh: Object.fromEntries(
        results.map((r) => [r.questionId, answerView(answerRecords.get(r.questionId))]),
      ),
    },
    { status: failed ? 409 : 200 },
  );
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
