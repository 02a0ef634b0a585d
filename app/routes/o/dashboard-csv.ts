import type { LoaderFunctionArgs } from '@remix-run/node';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { csvDocument } from '~/domain/csv';
import { parsePeerGroup } from '~/domain/peer-groups';
import { csvResponse } from '~/lib/export-writers.server';
import { cycleParam } from '~/lib/http.server';
import { dashboardView, type DashboardView } from '~/services/dashboard.server';

/** The dashboard's charts; the radar and the band share the benchmark table's rows. */
const chartParam = z.enum(['radar', 'band', 'trend']).catch('radar');

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

/** The figures of one dashboard chart as CSV: the page's own view, under the same rules. */
export async function loader(args: LoaderFunctionArgs) {
  const { organisation, hubIds } = requireOrganisation(args, 'results:view');
  const { locale, t } = await requestT(args, ['dashboard', 'results', 'common']);
  const url = new URL(args.request.url);
  const { group } = parsePeerGroup(url.searchParams);
  const chart = chartParam.parse(url.searchParams.get('chart'));
  const view = dashboardView({
    organisation: { ...organisation, hubIds },
    questionnaire: url.searchParams.get('questionnaire'),
    cycle: cycleParam(url),
    group,
    locale,
    t,
  });
  if (!view) return new Response('No submitted assessment', { status: 404 });
  const { header, rows } = chart === 'trend' ? trendRows(view, t) : benchmarkRows(view, t);
  return csvResponse(
    csvDocument(header, rows),
    `dashboard-${view.choice.shown.id}-${chart}-${view.cycle}.csv`,
  );
}

function trendRows(view: DashboardView, t: TFunction) {
  return {
    header: [t('dashboard:series'), ...view.trend.cycles.map(String)],
    rows: view.trend.series.map((s) => [s.title, ...s.values.map(round)]),
  };
}

function benchmarkRows(view: DashboardView, t: TFunction) {
  const columns = ['domain', 'yours', 'p10', 'q1', 'peerMedian', 'q3', 'p90', 'mean', 'peerCount'];
  return {
    header: [...columns, 'rank', 'note'].map((key) => t(`dashboard:${key}`)),
    rows: [view.overall, ...view.domains].map((d) => [
      d.title,
      round(d.score),
      ...(d.peer.shown
        ? [
            round(d.peer.value.p10),
            round(d.peer.value.q1),
            round(d.peer.value.median),
            round(d.peer.value.q3),
            round(d.peer.value.p90),
            round(d.peer.value.mean),
            d.peer.value.count,
          ]
        : [null, null, null, null, null, null, null]),
      d.rank?.shown ? round(d.rank.value) : null,
      d.peer.shown ? '' : t(`dashboard:suppressed.${d.peer.reason}`, { minimum: d.peer.minimum }),
    ]),
  };
}
