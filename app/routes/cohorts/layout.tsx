import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireCohort } from '~/access/guards.server';

export function loader(args: LoaderFunctionArgs) {
  const { cohort } = requireCohort(args, 'cohort:view');
  return {
    cohort: {
      id: cohort.id,
      name: cohort.name,
      description: cohort.description,
      isDemo: cohort.isDemo,
    },
  };
}

const sections = ['', 'heatmap', 'insights', 'learning', 'report'] as const;

export default function CohortLayout() {
  const { t } = useTranslation('cohort');
  const { cohort } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const cycle = new URLSearchParams(search).get('cycle');
  const keep = cycle ? `?cycle=${cycle}` : '';
  return (
    <div className="page">
      <p className="eyebrow">
        {t('hub')}
        {cohort.isDemo ? <span className="tag">{t('common:demo')}</span> : null}
      </p>
      <h1>{cohort.name}</h1>
      {cohort.description ? <p className="lead">{cohort.description}</p> : null}
      <nav aria-label={t('sections')} className="tabs no-print">
        <ul>
          {sections.map((s) => (
            <li key={s || 'overview'}>
              <NavLink to={`/cohorts/${cohort.id}${s ? `/${s}` : ''}${keep}`} end>
                {t(`nav.${s || 'overview'}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
