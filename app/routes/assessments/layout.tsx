import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '~/components/assessment/status-badge';
import { requireAssessment } from '~/access/guards.server';
import { assessmentHeader } from '~/services/assessment-header.server';

export function loader(args: LoaderFunctionArgs) {
  const { user, organisation, assessment, target } = requireAssessment(args, 'assessment:view');
  return assessmentHeader({
    actor: user.actor,
    organisationId: organisation.id,
    assessment,
    target,
  });
}

export default function AssessmentLayout() {
  const { t } = useTranslation('assessment');
  const { base, assessment, canManage, hasResults } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="assessment-header">
        <h2>
          {t('header.title', { cycle: assessment.cycle })}{' '}
          <StatusBadge status={assessment.status} />
        </h2>
        <p className="eyebrow">
          {assessment.title} {assessment.version}
        </p>
      </div>
      <nav aria-label={t('header.sections')} className="tabs tabs--secondary">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('nav.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/targets`}>{t('nav.targets')}</NavLink>
          </li>
          {canManage && assessment.status !== 'submitted' ? (
            <li>
              <NavLink to={`${base}/submit`}>{t('nav.submit')}</NavLink>
            </li>
          ) : null}
          {hasResults ? (
            <li>
              <NavLink to={`${base}/results`}>{t('nav.results')}</NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={`${base}/history`}>{t('nav.history')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
