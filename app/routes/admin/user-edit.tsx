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
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { CsrfInput, Notice } from '~/components/forms';
import { roles } from '~/domain/policy';
import { idParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { accountRecord, changeAccount } from '~/services/account-record.server';

const rowId = z.number().int().positive();

/** Each button of the page says what it does in `intent`. */
const change = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('grant-role'), organisationId: rowId, role: z.enum(roles) }),
  z.object({ intent: z.literal('revoke-role'), organisationId: rowId }),
  z.object({ intent: z.enum(['add-hub', 'remove-hub']), hubId: rowId }),
  z.object({ intent: z.enum(['make-admin', 'revoke-admin', 'disable', 'enable']) }),
]);

export async function loader(args: LoaderFunctionArgs) {
  const admin = requireAdmin(args);
  const record = accountRecord({ userId: idParam(args.params.userId), adminId: admin.id });
  if (!record) throw notFound();
  const { t } = await requestT(args, 'admin');
  return { ...record, meta: { title: record.user.name, site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const admin = requireAdmin(args);
  const userId = idParam(args.params.userId);
  const submission = parseWithZod(await readForm(args), { schema: change });
  if (submission.status !== 'success') return data({ notice: 'invalid' }, { status: 400 });
  const outcome = changeAccount({
    userId,
    adminId: admin.id,
    change: submission.value,
    address: args.context.clientAddress,
  });
  switch (outcome.status) {
    case 'not-found':
      throw notFound();
    case 'not-self':
    case 'last-lead':
      return data({ notice: outcome.status }, { status: 409 });
    case 'unknown-organisation':
    case 'unknown-hub':
      return data({ notice: outcome.status }, { status: 400 });
    case 'saved':
      return { notice: outcome.status };
  }
}

export default function UserEdit() {
  const { t } = useTranslation('admin');
  const { user, isSelf, organisations, hubs } = useLoaderData<typeof loader>();
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
        {user.hubs.map((c) => (
          <li key={c.hubId}>
            {c.hubName}{' '}
            {button('remove-hub', t('users.revoke', { what: c.hubName }), {
              hubId: c.hubId,
            })}
          </li>
        ))}
      </ul>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <label htmlFor="hubId">{t('users.hub')}</label>
        <select id="hubId" name="hubId" required defaultValue="">
          <option value="">{t('choose')}</option>
          {hubs.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="add-hub" className="button">
          {t('users.addHub')}
        </button>
      </Form>
    </>
  );
}
