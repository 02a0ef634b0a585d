import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireHub } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { cycleParam } from '~/lib/http.server';
import { exportResponse, type ExportFormat } from '~/lib/export-writers.server';
import { hubExport } from '~/services/hub-export.server';

/**
 * A hub's scores (organisation × domain) or submitted answers, as CSV, XLSX or JSON. The file
 * name carries the hub, the cycle and the date; large exports stream.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { user, hub } = requireHub(args, 'hub:view');
  const url = new URL(args.request.url);
  const format: ExportFormat = url.pathname.endsWith('.xlsx')
    ? 'xlsx'
    : url.pathname.endsWith('.json')
      ? 'json'
      : 'csv';
  const { locale, t } = await requestT(args, ['hub', 'assessment', 'common']);
  const file = hubExport({
    hub,
    userId: user.id,
    address: args.context.clientAddress,
    kind: url.searchParams.get('kind') === 'answers' ? 'answers' : 'scores',
    format,
    requestedCycle: cycleParam(url),
    locale,
    t,
  });
  if (!file) throw notFound();
  return exportResponse(file.table, format, file.filename, file.sheet);
}
