import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { adminOverview } from '~/services/admin-overview.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return { ...adminOverview(), meta: { title: t('title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function AdminOverview() {
  const { t } = useTranslation('admin');
  const { counts, versions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('title')}</h1>
      <ul className="cards">
        {(['organisations', 'hubs', 'users'] as const).map((key) => (
          <li key={key} className="card">
            <h2>
              <Link to={`/admin/${key}`}>{t(`nav.${key}`)}</Link>
            </h2>
            <p className="figure">{counts[key]}</p>
          </li>
        ))}
      </ul>
      <h2>{t('questionnaires.title')}</h2>
      <p>{t('questionnaires.intro')}</p>
      <div className="table-wrap">
        <table>
          <caption>{t('questionnaires.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questionnaires.id')}</th>
              <th scope="col">{t('questionnaires.version')}</th>
              <th scope="col">{t('questionnaires.titleColumn')}</th>
              <th scope="col">{t('questionnaires.status')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.questionnaireId}</td>
                <td>{v.version}</td>
                <td>{v.title}</td>
                <td>{t(`questionnaires.statuses.${v.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
