import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { BenchmarkCharts } from '~/components/dashboard/benchmark-charts';
import { BenchmarkTable } from '~/components/dashboard/benchmark-table';
import { ClusterCard } from '~/components/dashboard/cluster-card';
import { GapList } from '~/components/dashboard/gap-list';
import { GoodPracticeExamples } from '~/components/dashboard/good-practice-examples';
import { HeadlineFigures } from '~/components/dashboard/headline-figures';
import { LevelDistribution } from '~/components/dashboard/level-distribution';
import { PeerCount } from '~/components/dashboard/peer-count';
import { PeerGroupForm } from '~/components/dashboard/peer-group-form';
import { TrendChart } from '~/components/dashboard/trend-chart';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { parsePeerGroup } from '~/domain/peer-groups';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { dashboardView } from '~/services/dashboard.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, hubIds } = requireOrganisation(args, 'results:view');
  const { locale, t } = await requestT(args, ['dashboard', 'results', 'common']);
  const url = new URL(args.request.url);
  const { group, ignored } = parsePeerGroup(url.searchParams);
  const view = dashboardView({
    organisation: { ...organisation, hubIds },
    questionnaire: url.searchParams.get('questionnaire'),
    cycle: cycleParam(url),
    group,
    locale,
    t,
  });
  return {
    organisationId: organisation.id,
    view: view ?? null,
    group,
    ignored,
    meta: { title: t('dashboard:title', { name: organisation.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function Dashboard() {
  const { t } = useTranslation('dashboard');
  const { organisationId, view, group, ignored } = useLoaderData<typeof loader>();
  const location = useLocation();
  if (!view) return <p>{t('noSubmission')}</p>;
  const questionnaire = view.choice.shown.id;
  const csv = (chart: string) => {
    const params = new URLSearchParams(location.search);
    params.set('chart', chart);
    params.set('cycle', String(view.cycle));
    params.set('questionnaire', questionnaire);
    return { href: `/o/${organisationId}/dashboard/csv?${params}`, label: t('downloadCsv') };
  };
  // Switching questionnaires keeps the peer group; cycles differ between questionnaires.
  const peerFields = Object.fromEntries(
    Object.entries(group).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
  return (
    <div className="dashboard">
      <h2>{t('heading', { cycle: view.cycle })}</h2>
      <QuestionnairePicker choice={view.choice} extra={peerFields} />
      <PeerGroupForm
        questionnaire={questionnaire}
        cycle={view.cycle}
        cycles={view.cycles}
        group={group}
        hubs={view.hubs}
      />
      <PeerCount peers={view.peers} viewerInGroup={view.viewerInGroup} ignored={ignored} />
      <HeadlineFigures overall={view.overall} top={view.top} levels={view.levels} />
      {view.cluster ? <ClusterCard cluster={view.cluster} /> : null}
      <BenchmarkCharts domains={view.domains} top={view.top} download={csv} />
      <BenchmarkTable rows={[view.overall, ...view.domains]} />
      <LevelDistribution distribution={view.distribution} levels={view.levels} />
      <GapList
        gaps={view.gaps}
        learningHref={`/o/${organisationId}/learning?${new URLSearchParams({ questionnaire })}`}
      />
      <GoodPracticeExamples examples={view.examples} />
      <TrendChart trend={view.trend} top={view.top} download={csv('trend')} />
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </p>
    </div>
  );
}
