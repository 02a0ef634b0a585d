import { requestT } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LearningPath } from '~/components/learning-path';
import { LocalTime } from '~/components/local-time';
import { requireUser } from '~/access/session.server';
import { documentTitle } from '~/lib/meta';
import { myLearningView } from '~/services/my-learning.server';

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const { locale, t } = await requestT(args, 'learn');
  return {
    ...myLearningView({ userId: user.id, actor: user.actor, locale }),
    meta: { title: t('mine.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function MyLearning() {
  const { t } = useTranslation('learn');
  const { modules, status, paths } = useLoaderData<typeof loader>();
  const completed = modules.filter((m) => m.status === 'completed');
  const started = modules.filter((m) => m.status === 'started');
  return (
    <div className="page">
      <h1>{t('mine.title')}</h1>
      <p>
        <Link to="/learn">{t('mine.catalogue')}</Link>
      </p>
      <section aria-labelledby="started-title">
        <h2 id="started-title">{t('mine.started', { count: started.length })}</h2>
        {started.length === 0 ? <p>{t('mine.noneStarted')}</p> : null}
        <ul>
          {started.map((m) => (
            <li key={m.id}>
              <Link to={`/learn/modules/${m.id}`}>{m.title}</Link>{' '}
              <span className="meta">
                {t('mine.since')} <LocalTime iso={m.startedAt} style="date" />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="completed-title">
        <h2 id="completed-title">{t('mine.completed', { count: completed.length })}</h2>
        {completed.length === 0 ? <p>{t('mine.noneCompleted')}</p> : null}
        <ul>
          {completed.map((m) => (
            <li key={m.id} data-completed={m.id}>
              <Link to={`/learn/modules/${m.id}`}>{m.title}</Link>{' '}
              <span className="meta">
                {m.completedAt ? <LocalTime iso={m.completedAt} style="date" /> : null}
                {m.bestScore !== null
                  ? ` · ${t('mine.score', { score: Math.round(m.bestScore * 100) })}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {paths.map(({ organisation, path }) => (
        <section key={organisation.id} aria-labelledby={`path-${organisation.id}`}>
          <h2 id={`path-${organisation.id}`}>
            {t('mine.pathFor', { name: organisation.name, cycle: path.cycle })}
          </h2>
          <LearningPath path={path} status={(id) => status[id] ?? null} />
        </section>
      ))}
    </div>
  );
}
