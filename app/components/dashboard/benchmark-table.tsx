import { useTranslation } from 'react-i18next';
import { formatFigure } from '~/components/charts/chart-data';
import { SuppressedNote } from '~/components/suppressed-note';
import type { NodeBenchmark } from '~/services/dashboard.server';

/** A percentile rank as the dashboard writes it: a whole number, no sign. */
export const rankText = (value: number) => `${Math.round(value)}`;

/** Own score and the peers' figures per node (overall first, then each domain). */
export function BenchmarkTable({ rows }: { rows: readonly NodeBenchmark[] }) {
  const { t } = useTranslation('dashboard');
  const headers = ['yours', 'p10', 'q1', 'peerMedian', 'q3', 'p90', 'mean', 'peerCount', 'rank'];
  return (
    <>
      <h3>{t('table.title')}</h3>
      <div className="table-wrap">
        <table>
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('domain')}</th>
              {headers.map((header) => (
                <th key={header} scope="col" className="number">
                  {t(header)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td className="number">{formatFigure(d.score)}</td>
                {d.peer.shown ? (
                  <>
                    <td className="number">{formatFigure(d.peer.value.p10)}</td>
                    <td className="number">{formatFigure(d.peer.value.q1)}</td>
                    <td className="number">{formatFigure(d.peer.value.median)}</td>
                    <td className="number">{formatFigure(d.peer.value.q3)}</td>
                    <td className="number">{formatFigure(d.peer.value.p90)}</td>
                    <td className="number">{formatFigure(d.peer.value.mean)}</td>
                    <td className="number">{d.peer.value.count}</td>
                    <td className="number">{d.rank?.shown ? rankText(d.rank.value) : '–'}</td>
                  </>
                ) : (
                  <td colSpan={8}>
                    <SuppressedNote reason={d.peer.reason} minimum={d.peer.minimum} inline />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
