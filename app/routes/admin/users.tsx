import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { requestLocale, requestT } from '~/access/locale.server';
import { CsrfInput, Field, FormErrors, Notice, SelectField } from '~/components/forms';
import { roles } from '~/domain/policy';
import { documentTitle } from '~/lib/meta';
import { email, personName } from '~/lib/schemas';
import { accountList } from '~/services/accounts.server';
import { invite, type Grant } from '~/services/invitation.server';

const GRANT = /^(?:(admin)|hub:(\d+)|(lead|contributor|viewer):(\d+))$/;

/** "admin", "hub:<id>" or "<role>:<organisation id>": what the new person may do. */
const grantField = z
  .string({ error: 'validation.grantRequired' })
  .regex(GRANT, 'validation.grantRequired')
  .transform((value): Grant => {
    const [, admin, hubId, role, organisationId] = GRANT.exec(value) ?? [];
    if (admin) return { kind: 'admin' };
    if (hubId) return { kind: 'hub', hubId: Number(hubId) };
    return {
      kind: 'organisation',
      organisationId: Number(organisationId),
      role: roles.find((r) => r === role) ?? 'viewer',
    };
  });

const inviteSchema = z.object({ email, name: personName, grant: grantField });

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  const search = new URL(args.request.url).searchParams.get('q') ?? undefined;
  return {
    ...accountList({ search }),
    meta: { title: t('users.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  const submission = parseWithZod(await readForm(args), { schema: inviteSchema });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), invited: false }, { status: 400 });
  const outcome = await invite({
    inviterId: user.id,
    inviterName: user.name,
    email: submission.value.email,
    name: submission.value.name,
    grant: submission.value.grant,
    language: await requestLocale(args),
    address: args.context.clientAddress,
  });
  if (outcome.status === 'unknown-target')
    return data(
      {
        result: submission.reply({ fieldErrors: { grant: ['validation.grantUnknown'] } }),
        invited: false,
      },
      { status: 400 },
    );
  return { result: submission.reply({ resetForm: true }), invited: true };
}

export default function AdminUsers() {
  const { t } = useTranslation('admin');
  const { users, organisations, hubs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const grants = [
    { value: 'admin', label: t('users.grantAdmin') },
    ...hubs.map((c) => ({
      value: `hub:${c.id}`,
      label: t('users.grantCoordinator', { hub: c.name }),
    })),
    ...organisations.flatMap((o) =>
      roles.map((r) => ({
        value: `${r}:${o.id}`,
        label: t('users.grantRole', { role: t(`common:roles.${r}`), organisation: o.name }),
      })),
    ),
  ];
  return (
    <>
      <h1>{t('users.title')}</h1>
      <Form method="get" role="search" className="inline-form">
        <label htmlFor="q">{t('users.search')}</label>
        <input id="q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
        <button type="submit" className="button button--secondary">
          {t('users.searchButton')}
        </button>
      </Form>
      <div className="table-wrap">
        <table>
          <caption>{t('users.caption', { count: users.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                </td>
                <td>{u.email}</td>
                <td>
                  {[
                    ...(u.isAdmin ? [t('users.admin')] : []),
                    ...u.hubs.map((c) => t('users.coordinatorOf', { hub: c.hubName })),
                    ...u.roles.map((r) =>
                      t('users.roleIn', {
                        role: t(`common:roles.${r.role}`),
                        organisation: r.organisationName,
                      }),
                    ),
                  ].join('; ') || t('users.learnerOnly')}
                </td>
                <td>
                  {u.disabled
                    ? t('users.disabled')
                    : u.pending
                      ? t('users.pending')
                      : t('users.active')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('users.invite')}</h2>
      {actionData?.invited ? <Notice tone="success">{t('users.invited')}</Notice> : null}
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <Field field={fields.email} label={t('users.email')} type="email" autoComplete="off" />
        <Field field={fields.name} label={t('users.name')} autoComplete="off" />
        <SelectField
          field={fields.grant}
          label={t('users.grant')}
          options={grants}
          placeholder={t('choose')}
        />
        <button type="submit" className="button">
          {t('users.sendInvitation')}
        </button>
      </Form>
    </>
  );
}
