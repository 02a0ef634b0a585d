import { requestT } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '~/access/session.server';
import { z } from 'zod';
import { documentTitle } from '~/lib/meta';
import { catalogueView } from '~/services/learning-catalogue.server';

const filterSchema = z.object({
  domain: z
    .string()
    .nullable()
    .transform((domain) => domain ?? ''),
  // Absent or empty: every level. A value that is no number reads as absent too.
  level: z.union([z.null(), z.literal('').transform(() => null), z.coerce.number()]).catch(null),
});

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const { locale, t } = await requestT(args, 'learn');
  const params = new URL(args.request.url).searchParams;
  const filter = filterSchema.parse({ domain: params.get('domain'), level: params.get('level') });
  return {
    ...catalogueView({ userId: user.id, locale, ...filter }),
    meta: { title: t('catalogue.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function Catalogue() {
  const { t } = useTranslation('learn');
  const { modules, domains, levels, filter } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <p>
        <Link to="/learn/mine">{t('catalogue.mine')}</Link>
      </p>
      <Form method="get" className="inline-form filters">
        <label htmlFor="domain">{t('catalogue.domain')}</label>
        <select id="domain" name="domain" defaultValue={filter.domain}>
          <option value="">{t('catalogue.allDomains')}</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <label htmlFor="level">{t('catalogue.level')}</label>
        <select
          id="level"
          name="level"
          defaultValue={filter.level === null ? '' : String(filter.level)}
        >
          <option value="">{t('catalogue.allLevels')}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {t('catalogue.fromLevel', { from: l, to: l + 1 })}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t('catalogue.filter')}
        </button>
      </Form>
      <p role="status">{t('catalogue.count', { count: modules.length })}</p>
      <ul className="cards">
        {modules.map((m) => (
          <li key={m.id} className="card">
            <h2>
              <Link to={`/learn/modules/${m.id}`}>{m.title}</Link>
            </h2>
            <p>{m.summary}</p>
            <p className="meta">
              {t('module.levels', { from: m.levels.from, to: m.levels.to })} ·{' '}
              {t('module.duration', { count: m.duration })} ·{' '}
              {m.domains.map((d) => d.title).join(', ')}
            </p>
            {!m.translated ? <p className="tag">{t('module.notTranslated')}</p> : null}
            {m.status ? (
              <p className={`badge badge--${m.status === 'completed' ? 'submitted' : 'draft'}`}>
                {t(`progress.${m.status}`)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
