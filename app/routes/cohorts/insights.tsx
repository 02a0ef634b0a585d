import { cycleParam } from '~/lib/http.server';
import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CyclePicker } from '~/components/cycle-picker';
import { InsightsTables } from '~/components/cohort-insights';
import { cohortContext, insights } from '~/services/cohort-view.server';
import { requireCohort } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';

export async function loader(args: LoaderFunctionArgs) {
  const { cohort } = requireCohort(args, 'cohort:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'cohort');
  const ctx = cohortContext(cohort.id, cycleParam(new URL(args.request.url)));
  return {
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    view: ctx ? insights(cohort.id, ctx, locale) : null,
    meta: { title: `${t('nav.insights')} · ${cohort.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function CohortInsights() {
  const { t } = useTranslation('cohort');
  const { cycles, cycle, view } = useLoaderData<typeof loader>();
  if (!view || cycle === null) return <p>{t('noData')}</p>;
  return (
    <>
      <CyclePicker cycles={cycles} cycle={cycle} />
      <InsightsTables view={view} cycle={cycle} />
    </>
  );
}
