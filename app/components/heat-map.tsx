import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HeatMapView } from '~/services/hub-view.server';
import { formatFigure } from './charts/chart-data';
import { TableWrap } from '~/components/table-wrap';

/**
 * Organisations × domains. Each cell prints its level and score (the colour only repeats it),
 * and the legend names every level.
 */
export function HeatMap({
  view,
  sortLink,
  memberLink,
}: {
  view: HeatMapView;
  sortLink?: (key: string) => string;
  memberLink?: (id: number) => string;
}) {
  const { t } = useTranslation('hub');
  const columns = [{ id: '_overall', title: t('heatmap.overall') }, ...view.domains];
  const header = (id: string, title: string) =>
    sortLink ? (
      <Link to={sortLink(id)} className="sort-link">
        {title}
      </Link>
    ) : (
      title
    );
  return (
    <>
      <ul className="legend" aria-label={t('heatmap.legend')}>
        {view.levels.map((l) => (
          <li key={l.level}>
            <span className={`swatch level-${l.level}`} aria-hidden="true" /> {l.level} · {l.name}
          </li>
        ))}
      </ul>
      <TableWrap className="heat-map-wrap" label={t('heatmap.caption')}>
        <table className="heat-map">
          <caption>{t('heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{header('name', t('parliament'))}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="heat-map__domain">
                  <span className="heat-map__label">
                    {header(c.id === '_overall' ? 'overall' : c.id, c.title)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.organisationId}>
                <th scope="row">
                  {memberLink ? (
                    <Link to={memberLink(row.organisationId)}>{row.name}</Link>
                  ) : (
                    row.name
                  )}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.id}
                    className={
                      cell.level === null ? 'heat-map__cell' : `heat-map__cell level-${cell.level}`
                    }
                  >
                    {cell.level === null ? (
                      '–'
                    ) : (
                      <>
                        <strong>{cell.level}</strong>{' '}
                        <span className="heat-map__score">{formatFigure(cell.score, 1)}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('heatmap.median')}</th>
              {view.median.map((m) => (
                <td key={m.id} className="heat-map__cell">
                  {formatFigure(m.score, 1)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </>
  );
}
