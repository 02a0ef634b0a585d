import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { roleIn } from '~/domain/policy';
import { requireOrganisation } from '~/lib/guards.server';
import { getFixedT, getLocale } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { cohortsOfOrganisation } from '~/models/cohort.server';

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, organisation } = requireOrganisation(request, params.orgId, 'organisation:view', {
    address: context.clientAddress,
  });
  const t = await getFixedT(await getLocale(request), 'org');
  return {
    organisation,
    cohorts: cohortsOfOrganisation(organisation.id).map((c) => ({ id: c.id, name: c.name })),
    role: roleIn(user.actor, organisation.id) ?? null,
    meta: { title: organisation.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function OrganisationOverview() {
  const { t } = useTranslation('org');
  const { organisation, cohorts, role } = useLoaderData<typeof loader>();
  return (
    <>
      {role ? <p>{t('yourRole', { role: t(`common:roles.${role}`) })}</p> : null}
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profile.title')}</h2>
        <dl className="facts">
          <dt>{t('profile.ipuGroup')}</dt>
          <dd>{t(`common:ipuGroups.${organisation.ipuGroup}`)}</dd>
          <dt>{t('profile.chamberType')}</dt>
          <dd>{t(`common:chamberTypes.${organisation.chamberType}`)}</dd>
          <dt>{t('profile.members')}</dt>
          <dd>{organisation.members}</dd>
          <dt>{t('profile.staff')}</dt>
          <dd>{organisation.staff}</dd>
          <dt>{t('profile.incomeGroup')}</dt>
          <dd>{t(`common:incomeGroups.${organisation.incomeGroup}`)}</dd>
          <dt>{t('profile.cohorts')}</dt>
          <dd>{cohorts.length ? cohorts.map((c) => c.name).join(', ') : t('profile.noCohort')}</dd>
        </dl>
      </section>
    </>
  );
}
