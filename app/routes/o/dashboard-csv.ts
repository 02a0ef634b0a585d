import { cycleParam } from '~/lib/http.server';
import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { parsePeerGroup } from '~/domain/peer-groups';
import { csvDocument } from '~/domain/csv';
import { csvResponse } from '~/lib/export-writers.server';
import { dashboardView } from '~/services/dashboard.server';
import { requireOrganisation } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

/** The figures of one dashboard chart as CSV, under the same disclosure rules as the page. */
export async function loader(args: LoaderFunctionArgs) {
  const { organisation, cohortIds } = requireOrganisation(args, 'results:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['dashboard', 'results', 'common']);
  const url = new URL(args.request.url);
  const { group } = parsePeerGroup(url.searchParams);
  const chart = url.searchParams.get('chart') ?? 'radar';
  const view = dashboardView({
    organisation: { ...organisation, cohortIds },
    questionnaire: url.searchParams.get('questionnaire'),
    cycle: cycleParam(url),
    group,
    locale,
    t,
  });
  if (!view) return new Response('No submitted assessment', { status: 404 });
  const reason = (d: (typeof view.domains)[number]) =>
    d.peer.shown ? '' : t(`dashboard:suppressed.${d.peer.reason}`, { minimum: d.peer.minimum });
  let header: string[];
  let rows: unknown[][];
  if (chart === 'trend') {
    header = [t('dashboard:series'), ...view.trend.cycles.map(String)];
    rows = view.trend.series.map((s) => [s.title, ...s.values.map(round)]);
  } else {
    header = [
      t('dashboard:domain'),
      t('dashboard:yours'),
      t('dashboard:p10'),
      t('dashboard:q1'),
      t('dashboard:peerMedian'),
      t('dashboard:q3'),
      t('dashboard:p90'),
      t('dashboard:mean'),
      t('dashboard:peerCount'),
      t('dashboard:rank'),
      t('dashboard:note'),
    ];
    rows = [view.overall, ...view.domains].map((d) => [
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
      reason(d),
    ]);
  }
  return csvResponse(
    csvDocument(header, rows),
    `dashboard-${view.choice.shown.id}-${chart}-${view.cycle}.csv`,
  );
}
