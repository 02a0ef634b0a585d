import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireHub } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { palette } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import { InsightsTables } from '~/components/hub-insights';
import { CyclePicker } from '~/components/cycle-picker';
import { HeatMap } from '~/components/heat-map';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { hubReport } from '~/services/hub-report.server';

/** A report for a meeting: prints cleanly to PDF from the browser (print stylesheet, page breaks). */
export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  const { locale, t } = await requestT(args, 'hub');
  const requestedCycle = cycleParam(new URL(args.request.url));
  return {
    name: hub.name,
    ...hubReport({ hubId: hub.id, requestedCycle, locale }),
    meta: { title: t('report.title', { name: hub.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function HubReportPage() {
  const { t } = useTranslation('hub');
  const {
    name,
    generated,
    cycles,
    cycle,
    counts,
    heat,
    insights: view,
  } = useLoaderData<typeof loader>();
  if (cycle === null || !heat || !view) return <p>{t('noData')}</p>;
  return (
    <article className="report">
      <CyclePicker cycles={cycles} cycle={cycle} />
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>{' '}
        <span className="meta">{t('report.printHint')}</span>
      </p>
      <h2>{t('report.title', { name })}</h2>
      <p className="meta">{t('report.generated', { date: generated, cycle })}</p>
      <p>{t('report.summary', { ...counts, cycle })}</p>
      <ChartFigure
        id="report-median"
        kind="bar"
        title={t('report.medianChart')}
        categoryHeader={t('insights.domain')}
        figures={{
          categories: [t('heatmap.overall'), ...heat.domains.map((d) => d.title)],
          min: 0,
          max: heat.top,
          series: [
            {
              label: t('heatmap.median'),
              values: heat.median.map((m) => m.score),
              color: palette.primary,
            },
          ],
        }}
      />
      <section className="page-break">
        <h2>{t('heatmap.title', { cycle })}</h2>
        <HeatMap view={heat} />
      </section>
      <section className="page-break">
        <InsightsTables view={view} cycle={cycle} />
      </section>
    </article>
  );
}
