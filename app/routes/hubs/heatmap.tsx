import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requireHub } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { CyclePicker } from '~/components/cycle-picker';
import { HeatMap } from '~/components/heat-map';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { hubHeatMap } from '~/services/hub-heat-map.server';

/** `?sort=<name|overall|domain id>&dir=<asc|desc>`: by name, ascending, unless said otherwise. */
const sortParams = z.object({
  key: z.string().catch('name'),
  direction: z.enum(['asc', 'desc']).catch('asc'),
});

export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  const { locale, t } = await requestT(args, 'hub');
  const url = new URL(args.request.url);
  const sort = sortParams.parse({
    key: url.searchParams.get('sort'),
    direction: url.searchParams.get('dir'),
  });
  return {
    hubId: hub.id,
    ...hubHeatMap({ hubId: hub.id, requestedCycle: cycleParam(url), sort, locale }),
    meta: { title: `${t('nav.heatmap')} · ${hub.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function HubHeatMapPage() {
  const { t } = useTranslation('hub');
  const { hubId, cycles, cycle, sort, view } = useLoaderData<typeof loader>();
  if (!view || cycle === null) return <p>{t('noData')}</p>;
  const sortLink = (key: string) => {
    const dir =
      sort.key === key && sort.direction === 'asc' ? 'desc' : key === 'name' ? 'asc' : 'desc';
    return `/hubs/${hubId}/heatmap?cycle=${cycle}&sort=${encodeURIComponent(key)}&dir=${dir}`;
  };
  return (
    <>
      <CyclePicker cycles={cycles} cycle={cycle} extra={{ sort: sort.key, dir: sort.direction }} />
      <h2>{t('heatmap.title', { cycle })}</h2>
      <p>{t('heatmap.intro')}</p>
      {view.rows.length === 0 ? (
        <p>{t('heatmap.none')}</p>
      ) : (
        <HeatMap
          view={view}
          sortLink={sortLink}
          memberLink={(id) => `/hubs/${hubId}/members/${id}?cycle=${cycle}`}
        />
      )}
    </>
  );
}
