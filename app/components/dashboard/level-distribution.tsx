import { useTranslation } from 'react-i18next';
import { SuppressedNote } from '~/components/suppressed-note';
import type { DashboardView } from '~/services/dashboard.server';

/** How many peers stand at each overall level, when that singles nobody out. */
export function LevelDistribution({
  distribution,
  levels,
}: Pick<DashboardView, 'distribution' | 'levels'>) {
  const { t } = useTranslation('dashboard');
  return (
    <section aria-labelledby="distribution-title">
      <h3 id="distribution-title">{t('distribution.title')}</h3>
      {distribution.shown ? (
        <table>
          <caption>{t('distribution.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('level')}</th>
              <th scope="col" className="number">
                {t('distribution.parliaments')}
              </th>
            </tr>
          </thead>
          <tbody>
            {distribution.value.map(([level, count]) => (
              <tr key={level}>
                <th scope="row">
                  {level} · {levels.find((l) => l.level === level)?.name}
                </th>
                <td className="number">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <SuppressedNote reason={distribution.reason} minimum={distribution.minimum} />
      )}
    </section>
  );
}
