import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireHub } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { InsightsTables } from '~/components/hub-insights';
import { CyclePicker } from '~/components/cycle-picker';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { hubInsights } from '~/services/hub-insights.server';

export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  const { locale, t } = await requestT(args, 'hub');
  const requestedCycle = cycleParam(new URL(args.request.url));
  return {
    ...hubInsights({ hubId: hub.id, requestedCycle, locale }),
    meta: { title: `${t('nav.insights')} · ${hub.name}`, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function HubInsightsPage() {
  const { t } = useTranslation('hub');
  const { cycles, cycle, view } = useLoaderData<typeof loader>();
  if (!view || cycle === null) return <p>{t('noData')}</p>;
  return (
    <>
      <CyclePicker cycles={cycles} cycle={cycle} />
      <InsightsTables view={view} cycle={cycle} />
    </>
  );
}
