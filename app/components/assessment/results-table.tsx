import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { DomainResult } from '~/services/results.server';
import { formatFigure } from '../charts/chart-data';
import { Explanation } from './explanation';

/** A share (0..1) as a whole percentage, or a dash when there is none. */
export const percent = (value: number | null) =>
  value === null ? '–' : `${Math.round(value * 100)} %`;

/** Each domain's score, level, target, gap and coverage; progress when there is a baseline. */
export function DomainResultsTable({
  base,
  domains,
  baselineCycle,
}: {
  base: string;
  domains: readonly DomainResult[];
  baselineCycle: number | null;
}) {
  const { t } = useTranslation('results');
  return (
    <div className="table-wrap">
      <table className="results-table">
        <caption>{t('byDomainCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('domain')}</th>
            <th scope="col" className="number">
              {t('score')}
            </th>
            <th scope="col">{t('level')}</th>
            <th scope="col" className="number">
              {t('target')}
            </th>
            <th scope="col" className="number">
              {t('gap')}
            </th>
            <th scope="col" className="number">
              {t('percentToTarget')}
            </th>
            {baselineCycle ? (
              <th scope="col" className="number">
                {t('progressSince', { cycle: baselineCycle })}
              </th>
            ) : null}
            <th scope="col" className="number">
              {t('coverage')}
            </th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link to={`${base}/domains/${d.id}`}>{d.title}</Link>
                <Explanation explanation={d.explanation} title={d.title} />
              </th>
              <td className="number">{formatFigure(d.score)}</td>
              <td>{d.level === null ? '–' : `${d.level} · ${d.levelName}`}</td>
              <td className="number">{d.target ?? '–'}</td>
              <td className="number">{d.gap ?? '–'}</td>
              <td className="number">{percent(d.percentToTarget)}</td>
              {baselineCycle ? <td className="number">{percent(d.progress)}</td> : null}
              <td className="number">
                {d.answered}/{d.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
