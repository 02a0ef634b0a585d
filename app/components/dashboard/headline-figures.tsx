import { useTranslation } from 'react-i18next';
import { formatFigure } from '~/components/charts/chart-data';
import { SuppressedNote } from '~/components/suppressed-note';
import type { DashboardView } from '~/services/dashboard.server';
import { rankText } from './benchmark-table';

/** The overall score and level, the peers' median and where the parliament ranks among them. */
export function HeadlineFigures({
  overall,
  top,
  levels,
}: Pick<DashboardView, 'overall' | 'top' | 'levels'>) {
  const { t } = useTranslation('dashboard');
  const levelName = levels.find((l) => l.level === overall.level)?.name ?? '';
  return (
    <>
      <dl className="headline-figures">
        <div>
          <dt>{t('overallScore')}</dt>
          <dd>
            {formatFigure(overall.score)} <span className="meta">/ {top}</span>
          </dd>
        </div>
        <div>
          <dt>{t('overallLevel')}</dt>
          <dd>{overall.level === null ? '–' : `${overall.level} · ${levelName}`}</dd>
        </div>
        <div>
          <dt>{t('peerMedian')}</dt>
          <dd>{overall.peer.shown ? formatFigure(overall.peer.value.median) : '–'}</dd>
        </div>
        <div>
          <dt>{t('rank')}</dt>
          <dd>{overall.rank?.shown ? rankText(overall.rank.value) : '–'}</dd>
        </div>
      </dl>
      {!overall.peer.shown ? (
        <SuppressedNote reason={overall.peer.reason} minimum={overall.peer.minimum} />
      ) : null}
    </>
  );
}
