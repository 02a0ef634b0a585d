import { useTranslation } from 'react-i18next';
import { palette } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import type { DashboardView } from '~/services/dashboard.server';

const colors = [palette.primary, palette.secondary, palette.tertiary, palette.neutral];

/** The overall and domain scores across the parliament's submitted cycles, one line a cycle. */
export function TrendChart({
  trend,
  top,
  download,
}: Pick<DashboardView, 'trend' | 'top'> & { download: { href: string; label: string } }) {
  const { t } = useTranslation('dashboard');
  return (
    <ChartFigure
      id="trend"
      kind="line"
      title={t('charts.trend')}
      description={t('charts.trendHelp')}
      categoryHeader={t('series')}
      download={download}
      figures={{
        categories: trend.series.map((s) => s.title),
        min: 0,
        max: top,
        series: trend.cycles.map((cycle, i) => ({
          label: String(cycle),
          values: trend.series.map((s) => s.values[i] ?? null),
          color: colors[i % colors.length] ?? palette.primary,
        })),
      }}
    />
  );
}
