import { cycleParam } from '~/lib/http.server';
import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { palette } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import { InsightsTables } from '~/components/cohort-insights';
import { CyclePicker } from '~/components/cycle-picker';
import { HeatMap } from '~/components/heat-map';
import { cohortContext, heatMap, insights } from '~/services/cohort-view.server';
import { requireCohort } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { memberStatuses } from '~/services/hub-members.server';

/** A report for a meeting: prints cleanly to PDF from the browser (print stylesheet, page breaks). */
export async function loader(args: LoaderFunctionArgs) {
  const { cohort } = requireCohort(args, 'cohort:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'cohort');
  const ctx = cohortContext(cohort.id, cycleParam(new URL(args.request.url)));
  const statuses = ctx ? memberStatuses(cohort.id, ctx.questionnaireId, ctx.cycle) : [];
  return {
    name: cohort.name,
    generated: new Date().toISOString().slice(0, 10),
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    counts: {
      members: statuses.length,
      submitted: statuses.filter((s) => s.status === 'submitted').length,
      inProgress: statuses.filter((s) => s.status === 'draft' || s.status === 'reopened').length,
    },
    heat: ctx ? heatMap(cohort.id, ctx, locale, { key: 'overall', direction: 'desc' }) : null,
    insights: ctx ? insights(cohort.id, ctx, locale) : null,
    meta: { title: t('report.title', { name: cohort.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function CohortReport() {
  const { t } = useTranslation('cohort');
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
