import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { organisationList } from '~/services/organisation-list.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return {
    organisations: organisationList(),
    meta: { title: t('organisations.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function AdminOrganisations() {
  const { t } = useTranslation('admin');
  const { organisations } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('organisations.title')}</h1>
      <p className="actions">
        <Link to="/admin/organisations/new" className="button">
          {t('organisations.add')}
        </Link>
        <Link to="/admin/organisations/import" className="button button--secondary">
          {t('organisations.import')}
        </Link>
      </p>
      <div className="table-wrap">
        <table>
          <caption>{t('organisations.caption', { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.country')}</th>
              <th scope="col">{t('organisations.ipuGroup')}</th>
              <th scope="col">{t('organisations.chamberType')}</th>
              <th scope="col" className="number">
                {t('organisations.members')}
              </th>
              <th scope="col" className="number">
                {t('organisations.staff')}
              </th>
              <th scope="col">{t('organisations.incomeGroup')}</th>
              <th scope="col">{t('organisations.hubs')}</th>
              <th scope="col" className="number">
                {t('organisations.people')}
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/admin/organisations/${o.id}`}>{o.name}</Link>
                  {o.isDemo ? <span className="tag">{t('common:demo')}</span> : null}
                </td>
                <td>{o.country}</td>
                <td>{t(`common:ipuGroups.${o.ipuGroup}`)}</td>
                <td>{t(`common:chamberTypes.${o.chamberType}`)}</td>
                <td className="number">{o.members}</td>
                <td className="number">{o.staff}</td>
                <td>{t(`common:incomeGroups.${o.incomeGroup}`)}</td>
                <td>{o.hubs.map((c) => c.name).join(', ')}</td>
                <td className="number">{o.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
