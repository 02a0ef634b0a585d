import { useTranslation } from 'react-i18next';
import { formatFigure } from '~/components/charts/chart-data';
import type { DashboardView } from '~/services/dashboard.server';

/** The maturity cluster the parliament stands in, and the rule that puts it there. */
export function ClusterCard({ cluster }: { cluster: NonNullable<DashboardView['cluster']> }) {
  const { t } = useTranslation('dashboard');
  return (
    <section aria-labelledby="cluster-title" className="card cluster">
      <h3 id="cluster-title">{t('clusters.title', { name: cluster.name })}</h3>
      <p>{cluster.description}</p>
      <p className="meta">
        {t('clusters.rule')} {cluster.rule}
        {cluster.progressPerCycle !== null
          ? ` · ${t('clusters.progress', { value: formatFigure(cluster.progressPerCycle) })}`
          : ''}
      </p>
    </section>
  );
}
