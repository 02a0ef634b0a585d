import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '~/components/assessment/explanation';
import { formatFigure } from '~/components/charts/chart-data';
import { Notice } from '~/components/forms';
import { notFound, requirePermission } from '~/access/session.server';
import { requireCohort } from '~/access/guards.server';
import { idParam, cycleParam } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { resultsView } from '~/services/results.server';
import { submittedInCycle } from '~/models/assessment.server';
import { cohortContext } from '~/services/cohort-view.server';
import { cohortsOfOrganisation } from '~/models/cohort.server';
import { organisationName } from '~/models/organisation.server';
import { definitionOf } from '~/models/questionnaire.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';
import { isCohortMember } from '~/models/cohort.server';

/** A member's submitted results, for the coordinators of its hubs (nothing of drafts). */
export async function loader(args: LoaderFunctionArgs) {
  const { cohort } = requireCohort(args, 'cohort:view');
  const organisationId = idParam(args.params.orgId);
  if (!isCohortMember(cohort.id, organisationId)) throw notFound();
  const cohortIds = cohortsOfOrganisation(organisationId).map((c) => c.id);
  requirePermission(args, 'results:view', { organisationId, cohortIds });
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['cohort', 'results', 'common']);
  // The same cycle as the hub's other pages: the one asked for, else the newest with assessments.
  const ctx = cohortContext(cohort.id, cycleParam(new URL(args.request.url)));
  if (!ctx) throw notFound();
  const { questionnaireId, cycle } = ctx;
  const submitted = submittedInCycle(organisationId, questionnaireId, cycle);
  const view = submitted
    ? resultsView({
        questionnaire: definitionOf({ versionId: submitted.versionId }),
        nodes: readSnapshot(submitted.id),
        targets: readTargets(submitted.id),
        locale,
        t,
      })
    : null;
  const name = organisationName(organisationId) ?? '';
  return {
    cohortId: cohort.id,
    organisation: { id: organisationId, name },
    assessmentId: submitted?.id ?? null,
    cycle,
    view,
    meta: { title: `${name} · ${cohort.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function CohortMember() {
  const { t } = useTranslation('cohort');
  const { cohortId, organisation, assessmentId, cycle, view } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      {params.get('reopened') ? (
        <Notice tone="warning">{t('member.reopened', { cycle })}</Notice>
      ) : null}
      <p>
        <Link to={`/cohorts/${cohortId}/heatmap?cycle=${cycle}`}>{t('member.back')}</Link>
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
