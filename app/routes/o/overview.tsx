import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { CsrfInput, Notice } from '~/components/forms';
import { can, roleIn } from '~/domain/policy';
import { documentTitle } from '~/lib/meta';
import { askToJoinHub } from '~/services/hub-join-request.server';
import { organisationOverview } from '~/services/organisation-overview.server';

const joinSchema = z.object({
  hubId: z.number().int().positive(),
  // A longer message is cut, not refused: the coordinators read the start of it.
  message: z
    .string()
    .optional()
    .transform((text) => (text ?? '').trim().slice(0, 1000)),
});

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'organisation:view');
  const { t } = await requestT(args, 'org');
  const canManage = can(user.actor, 'organisation:manage-team', {
    organisationId: organisation.id,
    hubIds,
  });
  const view = organisationOverview({ organisationId: organisation.id, withRequests: canManage });
  return {
    organisation,
    ...view,
    role: roleIn(user.actor, organisation.id) ?? null,
    canManage,
    meta: { title: organisation.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, organisation } = requireOrganisation(args, 'organisation:manage-team');
  const submission = parseWithZod(await readForm(args), { schema: joinSchema });
  if (submission.status !== 'success') return data({ notice: 'choose-hub' }, { status: 400 });
  const { status } = askToJoinHub({
    organisationId: organisation.id,
    requestedBy: user.id,
    ...submission.value,
  });
  if (status === 'unknown-hub') return data({ notice: 'choose-hub' }, { status: 400 });
  return data({ notice: status }, { status: status === 'created' ? 200 : 409 });
}

export default function OrganisationOverview() {
  const { t } = useTranslation('org');
  const { organisation, hubs, role, canManage, otherHubs, requests } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
          <dt>{t('profile.hubs')}</dt>
          <dd>{hubs.length ? hubs.map((c) => c.name).join(', ') : t('profile.noHub')}</dd>
        </dl>
      </section>
      {canManage ? (
        <section aria-labelledby="join-title">
          <h2 id="join-title">{t('join.title')}</h2>
          {actionData?.notice ? (
            <Notice tone={actionData.notice === 'created' ? 'success' : 'warning'}>
              {t(`join.notice.${actionData.notice}`)}
            </Notice>
          ) : null}
          {requests.length ? (
            <ul>
              {requests.map((r) => (
                <li key={r.id}>{t(`join.status.${r.status}`, { hub: r.hubName })}</li>
              ))}
            </ul>
          ) : null}
          {otherHubs.length ? (
            <Form method="post">
              <CsrfInput />
              <div className="field">
                <label htmlFor="hubId">{t('join.hub')}</label>
                <select id="hubId" name="hubId" required defaultValue="">
                  <option value="">{t('join.choose')}</option>
                  {otherHubs.map((h) => (
                    <option key={h.id} value={h.id}>
                      {h.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="message">{t('join.message')}</label>
                <textarea id="message" name="message" rows={2} maxLength={1000} />
              </div>
              <button type="submit" className="button button--secondary">
                {t('join.submit')}
              </button>
            </Form>
          ) : (
            <p>{t('join.allHubs')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
