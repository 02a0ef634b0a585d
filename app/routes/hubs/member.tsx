import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireHub, requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { Explanation } from '~/components/assessment/explanation';
import { formatFigure } from '~/components/charts/chart-data';
import { Notice } from '~/components/forms';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { memberResults } from '~/services/hub-member-results.server';

/** A member's submitted results, for the coordinators of its hubs (nothing of drafts). */
export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  const { organisation } = requireOrganisation(args, 'results:view');
  const { locale, t } = await requestT(args, ['hub', 'results', 'common']);
  const results = memberResults({
    hubId: hub.id,
    organisationId: organisation.id,
    requestedCycle: cycleParam(new URL(args.request.url)),
    locale,
    t,
  });
  if (!results) throw notFound();
  return {
    hubId: hub.id,
    organisation: { id: organisation.id, name: organisation.name },
    ...results,
    meta: { title: `${organisation.name} · ${hub.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function HubMemberPage() {
  const { t } = useTranslation('hub');
  const { hubId, organisation, assessmentId, cycle, view } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      {params.get('reopened') ? (
        <Notice tone="warning">{t('member.reopened', { cycle })}</Notice>
      ) : null}
      <p>
        <Link to={`/hubs/${hubId}/heatmap?cycle=${cycle}`}>{t('member.back')}</Link>
      </p>
      <h2>{t('member.title', { name: organisation.name, cycle })}</h2>
      {!view || assessmentId === null ? (
        <p>{t('member.notSubmitted', { cycle })}</p>
      ) : (
        <>
          <p>
            <Link to={`/o/${organisation.id}/assessments/${assessmentId}/results`}>
              {t('member.fullResults')}
            </Link>{' '}
            ·{' '}
            <Link to={`/o/${organisation.id}/assessments/${assessmentId}`}>
              {t('member.reopen')}
            </Link>
          </p>
          <p>
            {t('results:overallScore')}: <strong>{formatFigure(view.overall.score)}</strong> /{' '}
            {view.top} · {t('results:overallLevel')}:{' '}
            <strong>
              {view.overall.level === null
                ? '–'
                : `${view.overall.level} · ${view.overall.levelName}`}
            </strong>
          </p>
          <div className="table-wrap">
            <table>
              <caption>{t('member.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results:domain')}</th>
                  <th scope="col" className="number">
                    {t('results:score')}
                  </th>
                  <th scope="col">{t('results:level')}</th>
                  <th scope="col" className="number">
                    {t('results:target')}
                  </th>
                  <th scope="col" className="number">
                    {t('results:coverage')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.domains.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      {d.title}
                      <Explanation explanation={d.explanation} title={d.title} />
                    </th>
                    <td className="number">{formatFigure(d.score)}</td>
                    <td>{d.level === null ? '–' : `${d.level} · ${d.levelName}`}</td>
                    <td className="number">{d.target ?? '–'}</td>
                    <td className="number">
                      {d.answered}/{d.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
