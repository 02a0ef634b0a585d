import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireHub } from '~/access/guards.server';

export function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHub(args, 'hub:view');
  return {
    hub: {
      id: hub.id,
      name: hub.name,
      description: hub.description,
      isDemo: hub.isDemo,
    },
  };
}

const sections = ['', 'heatmap', 'insights', 'learning', 'report'] as const;

export default function HubLayoutPage() {
  const { t } = useTranslation('hub');
  const { hub } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const cycle = new URLSearchParams(search).get('cycle');
  const keep = cycle ? `?cycle=${cycle}` : '';
  return (
    <div className="page">
      <p className="eyebrow">
        {t('hub')}
        {hub.isDemo ? <span className="tag">{t('common:demo')}</span> : null}
      </p>
      <h1>{hub.name}</h1>
      {hub.description ? <p className="lead">{hub.description}</p> : null}
      <nav aria-label={t('sections')} className="tabs no-print">
        <ul>
          {sections.map((s) => (
            <li key={s || 'overview'}>
              <NavLink to={`/hubs/${hub.id}${s ? `/${s}` : ''}${keep}`} end>
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
