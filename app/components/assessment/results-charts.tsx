import { useTranslation } from 'react-i18next';
import type { ResultsView } from '~/services/results.server';
import { palette } from '../charts/chart-data';
import { ChartFigure } from '../charts/chart-figure';

/** The domains' scores against their targets, and their levels and gaps, each with its table. */
export function ResultsCharts({ view }: { view: ResultsView }) {
  const { t } = useTranslation('results');
  const { domains } = view;
  const categories = domains.map((d) => d.title);
  return (
    <div className="chart-grid">
      <ChartFigure
        id="radar"
        kind="radar"
        title={t('charts.radar')}
        description={t('charts.radarHelp')}
        categoryHeader={t('domain')}
        figures={{
          categories,
          min: 0,
          max: view.top,
          series: [
            { label: t('score'), values: domains.map((d) => d.score), color: palette.primary },
            {
              label: t('target'),
              values: domains.map((d) => d.target),
              color: palette.secondary,
              dashed: true,
            },
          ],
        }}
      />
      <ChartFigure
        id="bars"
        kind="bar"
        title={t('charts.bars')}
        description={t('charts.barsHelp')}
        categoryHeader={t('domain')}
        digits={0}
        figures={{
          categories,
          min: 0,
          max: view.top,
          series: [
            { label: t('level'), values: domains.map((d) => d.level), color: palette.primary },
            { label: t('gap'), values: domains.map((d) => d.gap), color: palette.secondary },
          ],
        }}
      />
    </div>
  );
}
