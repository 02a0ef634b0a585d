import { lazy, Suspense, useEffect, useState } from 'react';
import { formatFigure, type ChartFigures, type ChartKind } from './chart-data';

const ChartCanvas = lazy(() => import('./chart.client'));

/**
 * A chart and its data as a table. The table is the page's content (it works without
 * JavaScript and reads well aloud); the chart is drawn on top once scripts load, and chart.js
 * is downloaded only then.
 */
export function ChartFigure({
  id,
  title,
  description,
  figures,
  kind,
  categoryHeader,
  digits = 2,
  download,
}: {
  id: string;
  title: string;
  description?: string;
  figures: ChartFigures;
  kind: ChartKind;
  categoryHeader: string;
  digits?: number;
  /** A link to the same figures as CSV. */
  download?: { href: string; label: string };
}) {
  const [client, setClient] = useState(false);
  useEffect(() => setClient(true), []);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
        {description ? <span className="chart__description"> {description}</span> : null}
      </figcaption>
      {client ? (
        <div className="chart__canvas" aria-hidden="true">
          <Suspense fallback={null}>
            <ChartCanvas figures={figures} kind={kind} label={title} />
          </Suspense>
        </div>
      ) : null}
      <div className="table-wrap">
        <table id={`${id}-table`} data-chart-table={id}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {figures.series.map((s) => (
                <th key={s.label} scope="col" className="number">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.categories.map((category, row) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {figures.series.map((s) => (
                  <td key={s.label} className="number">
                    {formatFigure(s.values[row] ?? null, digits)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {download ? (
        <p className="no-print">
          <a href={download.href} download>
            {download.label}
          </a>
        </p>
      ) : null}
    </figure>
  );
}
