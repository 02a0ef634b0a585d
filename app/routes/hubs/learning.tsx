import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireHub } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { TableWrap } from '~/components/table-wrap';
import { documentTitle } from '~/lib/meta';
import { hubLearning } from '~/services/team-learning.server';

export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  const { t } = await requestT(args, 'hub');
  return {
    rows: hubLearning(hub.id),
    meta: { title: `${t('nav.learning')} · ${hub.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function HubLearningPage() {
  const { t } = useTranslation('hub');
  const { rows } = useLoaderData<typeof loader>();
  return (
    <>
      <h2>{t('learning.title')}</h2>
      <p>{t('learning.intro')}</p>
      <TableWrap label={t('learning.caption')}>
        <table>
          <caption>{t('learning.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parliament')}</th>
              <th scope="col" className="number">
                {t('learning.people')}
              </th>
              <th scope="col" className="number">
                {t('learning.learners')}
              </th>
              <th scope="col" className="number">
                {t('learning.started')}
              </th>
              <th scope="col" className="number">
                {t('learning.completed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.organisationId}>
                <th scope="row">{r.organisation}</th>
                <td className="number">{r.people}</td>
                <td className="number">{r.learners}</td>
                <td className="number">{r.started}</td>
                <td className="number">{r.completed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
