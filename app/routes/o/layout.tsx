import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { can } from '~/domain/policy';
import { requireOrganisation } from '~/access/guards.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'organisation:view');
  const target = { organisationId: organisation.id, hubIds };
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      country: organisation.country,
      isDemo: organisation.isDemo,
    },
    canManageTeam: can(user.actor, 'organisation:manage-team', target),
  };
}

export default function OrganisationLayout() {
  const { t } = useTranslation('org');
  const { organisation } = useLoaderData<typeof loader>();
  const base = `/o/${organisation.id}`;
  // The pages that show one of several questionnaires keep the one chosen.
  const questionnaire = new URLSearchParams(useLocation().search).get('questionnaire');
  const keep = questionnaire ? `?${new URLSearchParams({ questionnaire })}` : '';
  return (
    <div className="page">
      <p className="eyebrow">
        {organisation.country}
        {organisation.isDemo ? <span className="tag">{t('demo')}</span> : null}
      </p>
      <h1>{organisation.name}</h1>
      <nav aria-label={t('sections')} className="tabs">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('nav.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/assessments`}>{t('nav.assessments')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/dashboard${keep}`}>{t('nav.dashboard')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/learning${keep}`}>{t('nav.learning')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/team`}>{t('nav.team')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/visibility${keep}`}>{t('nav.visibility')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
