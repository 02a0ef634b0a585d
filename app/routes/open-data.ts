import { cycleParam } from '~/lib/http.server';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvDocument } from '~/domain/csv';
import { csvResponse } from '~/lib/export-writers.server';
import { openFigures } from '~/services/open-data.server';

const round = (value: number | undefined) =>
  value === undefined ? null : Math.round(value * 1000) / 1000;

/**
 * Open data: anonymised benchmark statistics per peer group, as JSON or CSV, for anyone. The
 * figures obey the same disclosure rules as the dashboards; group sizes under the threshold are
 * reported as 0.
 */
export function loader(args: LoaderFunctionArgs) {
  const url = new URL(args.request.url);
  const format = url.pathname.endsWith('.csv') ? 'csv' : 'json';
  const cycle = cycleParam(url);
  const figures = openFigures({
    questionnaireId: url.searchParams.get('questionnaire') ?? undefined,
    cycle,
  });
  if (!figures)
    return Response.json(
      { error: 'No published questionnaire with submitted assessments' },
      { status: 404 },
    );
  if (format === 'json') {
    return Response.json(figures, {
      headers: {
        'Cache-Control': 'public, max-age=300',
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    });
  }
  const rows = figures.groups.flatMap((g) =>
    g.nodes.map((n) => [
      g.key,
      n.id,
      n.title,
      n.figures?.count ?? null,
      round(n.figures?.median),
      round(n.figures?.q1),
      round(n.figures?.q3),
      round(n.figures?.p10),
      round(n.figures?.p90),
      round(n.figures?.mean),
      n.suppressed ?? '',
    ]),
  );
  return csvResponse(
    csvDocument(
      ['group', 'node', 'title', 'count', 'median', 'q1', 'q3', 'p10', 'p90', 'mean', 'suppressed'],
      rows,
    ),
    `benchmarks-${figures.questionnaire}-${figures.cycle}.csv`,
  );
}
