import { requestLocale } from '~/access/locale.server';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Notice } from '~/components/forms';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { scoreCheck } from '~/domain/self-check';
import { notFound, requireUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { getFixedT } from '~/lib/i18n.server';
import { isTranslated, latestDefinition, moduleCard } from '~/services/learning.server';
import { renderMarkdown } from '~/lib/markdown.server';
import { documentTitle } from '~/lib/meta';
import {
  markCompleted,
  markNotCompleted,
  markStarted,
  progressOf,
  recordAttempt,
} from '~/models/learning.server';
import { getModule, listModuleEntries } from '~/models/questionnaire.server';

function load(id: string | undefined) {
  const module = id ? getModule(id) : undefined;
  if (!module) throw notFound();
  const questionnaireId = listModuleEntries().find(
    (e) => e.module.id === module.id,
  )?.questionnaireId;
  return { module, definition: questionnaireId ? latestDefinition(questionnaireId) : undefined };
}

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const { module, definition } = load(args.params.moduleId);
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'learn');
  const index = definition ? questionIndex(definition) : new Map();
  const linkedQuestions = new Set(module.questions);
  if (definition)
    for (const [id, entry] of index)
      if ((entry.node.modules ?? []).includes(module.id)) linkedQuestions.add(id);
  return {
    card: moduleCard(module, definition, locale),
    objectives: module.objectives.map((o) => textIn(o, locale)),
    body: renderMarkdown(textIn(module.body, locale), { headingOffset: 0 }),
    bodyTranslated: isTranslated(module.body, locale),
    questions: [...linkedQuestions].flatMap((id) => {
      const entry = index.get(id);
      return entry ? [{ id, text: textIn(entry.node.text, locale) }] : [];
    }),
    check: module.check
      ? {
          passMark: module.check.passMark,
          questions: module.check.questions.map((q) => ({
            id: q.id,
            prompt: textIn(q.prompt, locale),
            options: q.options.map((o) => ({ id: o.id, text: textIn(o.text, locale) })),
          })),
        }
      : null,
    progress: progressOf(user.id).get(module.id) ?? null,
    meta: {
      title: textIn(module.title, locale),
      description: textIn(module.summary, locale),
      site: t('common:app.name'),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const { module } = load(args.params.moduleId);
  const form = await readForm(args);
  const intent = form.get('intent');
  const locale = await requestLocale(args);
  if (intent === 'start') {
    markStarted(user.id, module.id);
    return { intent, notice: 'started' as const, check: null };
  }
  if (intent === 'complete' || intent === 'uncomplete') {
    // A module with a self-check is completed by passing it.
    if (module.check)
      return data({ intent, notice: 'check-required' as const, check: null }, { status: 409 });
    if (intent === 'complete') markCompleted(user.id, module.id);
    else markNotCompleted(user.id, module.id);
    return {
      intent,
      notice: intent === 'complete' ? ('completed' as const) : ('uncompleted' as const),
      check: null,
    };
  }
  if (intent === 'check' && module.check) {
    const chosen: Record<string, string> = {};
    for (const q of module.check.questions) {
      const value = form.get(`check::${q.id}`);
      if (typeof value === 'string' && q.options.some((o) => o.id === value)) chosen[q.id] = value;
    }
    const result = scoreCheck(module, chosen);
    if (!result) throw new Response('Bad args.request', { status: 400 });
    recordAttempt(user.id, module.id, result, chosen);
    return {
      intent,
      notice: result.passed ? ('passed' as const) : ('not-passed' as const),
      check: {
        score: result.score,
        passed: result.passed,
        chosen,
        questions: result.questions.map((r) => {
          const question = module.check?.questions.find((q) => q.id === r.id);
          return { ...r, explanation: question ? textIn(question.explanation, locale) : '' };
        }),
      },
    };
  }
  throw new Response('Bad args.request', { status: 400 });
}

export default function ModulePage() {
  const { t } = useTranslation('learn');
  const { card, objectives, body, bodyTranslated, questions, check, progress } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const result = actionData?.check ?? null;
  const status = progress?.status ?? null;
  return (
    <div className="page page--reading">
      <p>
        <Link to="/learn">{t('module.back')}</Link>
      </p>
      <h1>{card.title}</h1>
      <p className="lead">{card.summary}</p>
      <p className="meta">
        {t('module.levels', { from: card.levels.from, to: card.levels.to })} ·{' '}
        {t('module.duration', { count: card.duration })} ·{' '}
        {card.domains.map((d) => d.title).join(', ')}
      </p>
      {!bodyTranslated ? (
        <p className="notice notice--warning" lang="en">
          {t('module.notTranslatedLong')}
        </p>
      ) : null}
      {actionData?.notice ? (
        <Notice
          tone={
            actionData.notice === 'not-passed' || actionData.notice === 'check-required'
              ? 'warning'
              : 'success'
          }
        >
          {t(`module.notice.${actionData.notice}`, {
            score: Math.round((result?.score ?? 0) * 100),
          })}
        </Notice>
      ) : null}
      <div className="progress-box">
        <p>{status ? t(`progress.${status}`) : t('progress.none')}</p>
        <Form method="post" className="inline-form">
          <CsrfInput />
          {status === null ? (
            <button type="submit" name="intent" value="start" className="button">
              {t('module.start')}
            </button>
          ) : null}
          {!check && status !== 'completed' ? (
            <button
              type="submit"
              name="intent"
              value="complete"
              className="button button--secondary"
            >
              {t('module.complete')}
            </button>
          ) : null}
          {!check && status === 'completed' ? (
            <button type="submit" name="intent" value="uncomplete" className="link-button">
              {t('module.uncomplete')}
            </button>
          ) : null}
        </Form>
      </div>
      <h2>{t('module.objectives')}</h2>
      <ul>
        {objectives.map((o, i) => (
          <li key={i}>{o}</li>
        ))}
      </ul>
      {/* Rendered from Markdown with raw HTML disabled and links restricted: see markdown.server.ts. */}
      <div
        className="prose"
        lang={bodyTranslated ? undefined : 'en'}
        dangerouslySetInnerHTML={{ __html: body }}
      />
      {questions.length ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t('module.questions')}</h2>
          <ul>
            {questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {check ? (
        <section aria-labelledby="check-title" className="self-check">
          <h2 id="check-title">{t('check.title')}</h2>
          <p>{t('check.intro', { mark: Math.round(check.passMark * 100) })}</p>
          <Form method="post">
            <CsrfInput />
            {check.questions.map((q, index) => {
              const outcome = result?.questions.find((r) => r.id === q.id);
              return (
                <fieldset key={q.id} className="question">
                  <legend>
                    {index + 1}. {q.prompt}
                  </legend>
                  <div className="options">
                    {q.options.map((o) => (
                      <label key={o.id} className="option">
                        <input
                          type="radio"
                          name={`check::${q.id}`}
                          value={o.id}
                          defaultChecked={result?.chosen[q.id] === o.id}
                          required
                        />
                        <span>{o.text}</span>
                      </label>
                    ))}
                  </div>
                  {outcome ? (
                    <div
                      className={`notice ${outcome.right ? 'notice--success' : 'notice--warning'}`}
                    >
                      <p>
                        <strong>{outcome.right ? t('check.right') : t('check.wrong')}</strong>{' '}
                        {outcome.explanation}
                      </p>
                    </div>
                  ) : null}
                </fieldset>
              );
            })}
            <button type="submit" name="intent" value="check" className="button">
              {t('check.submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
