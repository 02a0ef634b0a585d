import { parseWithZod } from '@conform-to/zod/v4';
import { requestLocale, requestT } from '~/access/locale.server';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '~/components/forms';
import { ModuleProgress, SelfCheck } from '~/components/learning-module';
import { z } from 'zod';
import { postedCheckAnswers } from '~/domain/self-check';
import { notFound, requireUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { documentTitle } from '~/lib/meta';
import { actOnModule, moduleView, type ModuleRequest } from '~/services/learning-module.server';

const schema = z
  .discriminatedUnion('intent', [
    z.object({ intent: z.enum(['start', 'complete', 'uncomplete']) }),
    // The chosen options come in one field per question (checkFieldName).
    z.object({ intent: z.literal('check') }).catchall(z.unknown()),
  ])
  .transform((form): ModuleRequest =>
    form.intent === 'check'
      ? { intent: form.intent, answers: postedCheckAnswers(form) }
      : { intent: form.intent },
  );

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const { locale, t } = await requestT(args, 'learn');
  const view = moduleView({ userId: user.id, moduleId: args.params.moduleId ?? '', locale });
  if (!view) throw notFound();
  return { ...view, meta: { ...view.meta, site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const submission = parseWithZod(await readForm(args), { schema });
  const outcome = actOnModule({
    userId: user.id,
    moduleId: args.params.moduleId ?? '',
    locale: await requestLocale(args),
    request: submission.status === 'success' ? submission.value : undefined,
  });
  switch (outcome.status) {
    case 'not-found':
      throw notFound();
    case 'bad-request':
      throw new Response('Bad request', { status: 400 });
    case 'check-required':
      return data(
        { intent: outcome.intent, notice: 'check-required' as const, check: null },
        { status: 409 },
      );
    case 'started':
      return { intent: 'start', notice: 'started' as const, check: null };
    case 'completed':
      return { intent: 'complete', notice: 'completed' as const, check: null };
    case 'uncompleted':
      return { intent: 'uncomplete', notice: 'uncompleted' as const, check: null };
    case 'checked':
      return {
        intent: 'check',
        notice: outcome.check.passed ? ('passed' as const) : ('not-passed' as const),
        check: outcome.check,
      };
  }
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
      <ModuleProgress status={status} hasCheck={check !== null} />
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
      {check ? <SelfCheck check={check} result={result} /> : null}
    </div>
  );
}
