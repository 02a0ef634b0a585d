import { useTranslation } from 'react-i18next';
import { palette } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import type { NodeBenchmark } from '~/services/dashboard.server';

type Download = { href: string; label: string };

/** Each domain's own score against the peers: the median on a radar, the middle half as a band. */
export function BenchmarkCharts({
  domains,
  top,
  download,
}: {
  domains: readonly NodeBenchmark[];
  top: number;
  download: (chart: 'radar' | 'band') => Download;
}) {
  const { t } = useTranslation('dashboard');
  const categories = domains.map((d) => d.title);
  const yours = () => ({
    label: t('yours'),
    values: domains.map((d) => d.score),
    color: palette.primary,
  });
  return (
    <div className="chart-grid">
      <ChartFigure
        id="radar"
        kind="radar"
        title={t('charts.radar')}
        description={t('charts.radarHelp')}
        categoryHeader={t('domain')}
        download={download('radar')}
        figures={{
          categories,
          min: 0,
          max: top,
          series: [
            yours(),
            {
              label: t('peerMedian'),
              values: domains.map((d) => (d.peer.shown ? d.peer.value.median : null)),
              color: palette.secondary,
              dashed: true,
            },
          ],
        }}
      />
      <ChartFigure
        id="band"
        kind="band"
        title={t('charts.band')}
        description={t('charts.bandHelp')}
        categoryHeader={t('domain')}
        download={download('band')}
        figures={{
          categories,
          min: 0,
          max: top,
          series: [
            {
              label: t('q1'),
              values: domains.map((d) => (d.peer.shown ? d.peer.value.q1 : null)),
              color: palette.neutral,
            },
            {
              label: t('q3'),
              values: domains.map((d) => (d.peer.shown ? d.peer.value.q3 : null)),
              color: palette.neutral,
            },
            yours(),
          ],
        }}
      />
    </div>
  );
}
