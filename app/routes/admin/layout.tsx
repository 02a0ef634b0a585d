import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireAdmin } from '~/access/guards.server';

export function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  return null;
}

const sections = ['organisations', 'hubs', 'users', 'audit', 'outbox'] as const;

export default function AdminLayout() {
  const { t } = useTranslation('admin');
  return (
    <div className="page">
      <p className="eyebrow">{t('title')}</p>
      <nav aria-label={t('sections')} className="tabs">
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t('nav.overview')}
            </NavLink>
          </li>
          {sections.map((section) => (
            <li key={section}>
              <NavLink to={`/admin/${section}`}>{t(`nav.${section}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
