import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requireCohort } from '~/access/guards.server';
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
  const { cohort } = requireCohort(args, 'cohort:view');
  const { locale, t } = await requestT(args, 'cohort');
  const url = new URL(args.request.url);
  const sort = sortParams.parse({
    key: url.searchParams.get('sort'),
    direction: url.searchParams.get('dir'),
  });
  return {
    cohortId: cohort.id,
    ...hubHeatMap({ cohortId: cohort.id, requestedCycle: cycleParam(url), sort, locale }),
    meta: { title: `${t('nav.heatmap')} · ${cohort.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function CohortHeatMap() {
  const { t } = useTranslation('cohort');
  const { cohortId, cycles, cycle, sort, view } = useLoaderData<typeof loader>();
  if (!view || cycle === null) return <p>{t('noData')}</p>;
  const sortLink = (key: string) => {
    const dir =
      sort.key === key && sort.direction === 'asc' ? 'desc' : key === 'name' ? 'asc' : 'desc';
    return `/cohorts/${cohortId}/heatmap?cycle=${cycle}&sort=${encodeURIComponent(key)}&dir=${dir}`;
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
          memberLink={(id) => `/cohorts/${cohortId}/members/${id}?cycle=${cycle}`}
        />
      )}
    </>
  );
}
