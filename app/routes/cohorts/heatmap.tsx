import { cycleParam } from '~/lib/http.server';
import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CyclePicker } from '~/components/cycle-picker';
import { HeatMap } from '~/components/heat-map';
import { cohortContext, heatMap } from '~/services/cohort-view.server';
import { requireCohort } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';

export async function loader(args: LoaderFunctionArgs) {
  const { cohort } = requireCohort(args, 'cohort:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'cohort');
  const url = new URL(args.request.url);
  const ctx = cohortContext(cohort.id, cycleParam(url));
  const sort = {
    key: url.searchParams.get('sort') ?? 'name',
    direction: url.searchParams.get('dir') === 'desc' ? ('desc' as const) : ('asc' as const),
  };
  return {
    cohortId: cohort.id,
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    sort,
    view: ctx ? heatMap(cohort.id, ctx, locale, sort) : null,
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
