import type { RequestArgs } from '~/access/session.server';
import { requestLocale } from '~/access/locale.server';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Notice } from '~/components/forms';
import { roles } from '~/domain/policy';
import { notFound } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { idParam } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { audit } from '~/models/audit.server';
import { listCohorts } from '~/models/cohort.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import { setAdmin, setDisabled } from '~/models/user.server';
import { accountWithRoles } from '~/services/accounts.server';
import {
  assignCoordinator,
  grantRole,
  removeCoordinator,
  revokeRole,
  roleOf,
} from '~/models/role.server';

const change = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('grant-role'),
    organisationId: z.coerce.number().int().positive(),
    role: z.enum(roles),
  }),
  z.object({
    intent: z.literal('revoke-role'),
    organisationId: z.coerce.number().int().positive(),
  }),
  z.object({ intent: z.literal('add-cohort'), cohortId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal('remove-cohort'), cohortId: z.coerce.number().int().positive() }),
  z.object({ intent: z.enum(['make-admin', 'revoke-admin', 'disable', 'enable']) }),
]);

function load(args: RequestArgs, rawId: string | undefined) {
  const admin = requireAdmin(args);
  const id = idParam(rawId);
  const summary = accountWithRoles(id);
  if (!summary) throw notFound();
  return { admin, summary };
}

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { admin, summary } = load(args, args.params.userId);
  const t = await getFixedT(await requestLocale(args), 'admin');
  return {
    user: summary,
    isSelf: admin.id === summary.id,
    organisations: listOrganisationsForAdmin().map((o) => ({ id: o.id, name: o.name })),
    cohorts: listCohorts().map((c) => ({ id: c.id, name: c.name })),
    meta: { title: summary.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  requireAdmin(args);
  const { admin, summary } = load(args, args.params.userId);
  const form = await readForm(args);
  const parsed = change.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ notice: 'invalid' }, { status: 400 });
  const input = parsed.data;
  const base = { actorId: admin.id, targetType: 'user', targetId: summary.id, address };
  const self = admin.id === summary.id;
  switch (input.intent) {
    case 'grant-role': {
      const before = roleOf(summary.id, input.organisationId);
      if (!grantRole(summary.id, input.organisationId, input.role))
        return data({ notice: 'unknown-organisation' }, { status: 400 });
      audit({
        ...base,
        action: before ? 'role.changed' : 'role.granted',
        organisationId: input.organisationId,
        detail: { role: input.role, ...(before ? { from: before } : {}) },
      });
      break;
    }
    case 'revoke-role':
      if (revokeRole(summary.id, input.organisationId))
        audit({ ...base, action: 'role.revoked', organisationId: input.organisationId });
      break;
    case 'add-cohort':
      if (!assignCoordinator(summary.id, input.cohortId))
        return data({ notice: 'unknown-cohort' }, { status: 400 });
      audit({ ...base, action: 'coordinator.assigned', detail: { cohortId: input.cohortId } });
      break;
    case 'remove-cohort':
      if (removeCoordinator(summary.id, input.cohortId))
        audit({ ...base, action: 'coordinator.removed', detail: { cohortId: input.cohortId } });
      break;
    case 'make-admin':
      setAdmin(summary.id, true);
      audit({ ...base, action: 'admin.granted' });
      break;
    case 'revoke-admin':
    case 'disable':
      // An administrator cannot lock themselves out.
      if (self) return data({ notice: 'not-self' }, { status: 409 });
      if (input.intent === 'revoke-admin') {
        setAdmin(summary.id, false);
        audit({ ...base, action: 'admin.revoked' });
      } else {
        setDisabled(summary.id, true);
        audit({ ...base, action: 'account.disabled' });
      }
      break;
    case 'enable':
      setDisabled(summary.id, false);
      audit({ ...base, action: 'account.enabled' });
      break;
  }
  return { notice: 'saved' };
}

export default function UserEdit() {
  const { t } = useTranslation('admin');
  const { user, isSelf, organisations, cohorts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const button = (intent: string, label: string, extra?: Record<string, number>) => (
    <Form method="post" className="inline-form">
      <CsrfInput />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" name="intent" value={intent} className="button button--secondary">
        {label}
      </button>
    </Form>
  );
  return (
    <>
      <h1>{user.name}</h1>
      <p>{user.email}</p>
      {actionData?.notice ? (
        <Notice tone={actionData.notice === 'saved' ? 'success' : 'error'}>
          {t(`users.notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <p>
        {user.disabled
          ? t('users.disabled')
          : user.pending
            ? t('users.pending')
            : t('users.active')}
      </p>
      <div className="actions">
        {user.disabled
          ? button('enable', t('users.enable'))
          : isSelf
            ? null
            : button('disable', t('users.disable'))}
        {user.isAdmin
          ? isSelf
            ? null
            : button('revoke-admin', t('users.revokeAdmin'))
          : button('make-admin', t('users.makeAdmin'))}
      </div>

      <h2>{t('users.roles')}</h2>
      <ul className="plain-list">
        {user.roles.map((r) => (
          <li key={r.organisationId}>
            {t('users.roleIn', {
              role: t(`common:roles.${r.role}`),
              organisation: r.organisationName,
            })}{' '}
            {button('revoke-role', t('users.revoke', { what: r.organisationName }), {
              organisationId: r.organisationId,
            })}
          </li>
        ))}
      </ul>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <label htmlFor="organisationId">{t('users.organisation')}</label>
        <select id="organisationId" name="organisationId" required defaultValue="">
          <option value="">{t('choose')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <label htmlFor="role">{t('users.role')}</label>
        <select id="role" name="role" required defaultValue="viewer">
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="grant-role" className="button">
          {t('users.grantRoleButton')}
        </button>
      </Form>

      <h2>{t('users.coordination')}</h2>
      <ul className="plain-list">
        {user.cohorts.map((c) => (
          <li key={c.cohortId}>
            {c.cohortName}{' '}
            {button('remove-cohort', t('users.revoke', { what: c.cohortName }), {
              cohortId: c.cohortId,
            })}
          </li>
        ))}
      </ul>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <label htmlFor="cohortId">{t('users.cohort')}</label>
        <select id="cohortId" name="cohortId" required defaultValue="">
          <option value="">{t('choose')}</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="add-cohort" className="button">
          {t('users.addCohort')}
        </button>
      </Form>
    </>
  );
}
