import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { readForm } from '~/access/csrf.server';
import { requireAdmin, requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import type { RequestArgs } from '~/access/session.server';
import { CsrfInput, Field, FormErrors, Notice, SelectField } from '~/components/forms';
import { chamberTypes, incomeGroups, ipuGroups, organisationInput } from '~/domain/organisation';
import { documentTitle } from '~/lib/meta';
import { organisationRecord, saveOrganisation } from '~/services/organisation-record.server';

/** The administrator, and the parliament of the address (none on the page that adds one). */
function requireRecord(args: RequestArgs) {
  const user = requireAdmin(args);
  const organisation =
    args.params.orgId === undefined
      ? undefined
      : requireOrganisation(args, 'organisation:view').organisation;
  return { user, organisation };
}

export async function loader(args: LoaderFunctionArgs) {
  const { organisation } = requireRecord(args);
  const { t } = await requestT(args, 'admin');
  return {
    ...organisationRecord({ organisation }),
    meta: { title: organisation?.name ?? t('organisations.add'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, organisation } = requireRecord(args);
  const submission = parseWithZod(await readForm(args), { schema: organisationInput });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), saved: false }, { status: 400 });
  const saved = saveOrganisation({
    organisationId: organisation?.id,
    values: submission.value,
    actorId: user.id,
    address: args.context.clientAddress,
  });
  if (saved.status === 'duplicate')
    return data(
      {
        result: submission.reply({ fieldErrors: { name: ['validation.organisation.duplicate'] } }),
        saved: false,
      },
      { status: 409 },
    );
  if (saved.status === 'created')
    return redirect(`/admin/organisations/${saved.id}?created=1`, 303);
  return { result: submission.reply(), saved: true };
}

export default function OrganisationEdit() {
  const { t } = useTranslation('admin');
  const { organisation, hubs, team } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: organisation
      ? {
          ...organisation,
          members: String(organisation.members),
          staff: String(organisation.staff),
          isDemo: organisation.isDemo ? 'on' : undefined,
        }
      : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organisationInput }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const options = (values: readonly string[], group: string) =>
    values.map((v) => ({ value: v, label: t(`common:${group}.${v}`) }));
  return (
    <>
      <h1>{organisation?.name ?? t('organisations.add')}</h1>
      {actionData?.saved ? <Notice tone="success">{t('organisations.saved')}</Notice> : null}
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)} className="form-grid">
        <CsrfInput />
        <Field field={fields.name} label={t('organisations.name')} />
        <Field field={fields.country} label={t('organisations.country')} />
        <SelectField
          field={fields.ipuGroup}
          label={t('organisations.ipuGroup')}
          options={options(ipuGroups, 'ipuGroups')}
          placeholder={t('choose')}
        />
        <SelectField
          field={fields.chamberType}
          label={t('organisations.chamberType')}
          options={options(chamberTypes, 'chamberTypes')}
          placeholder={t('choose')}
        />
        <Field
          field={fields.members}
          label={t('organisations.members')}
          type="number"
          inputMode="numeric"
        />
        <Field
          field={fields.staff}
          label={t('organisations.staff')}
          type="number"
          inputMode="numeric"
        />
        <SelectField
          field={fields.incomeGroup}
          label={t('organisations.incomeGroup')}
          options={options(incomeGroups, 'incomeGroups')}
          placeholder={t('choose')}
        />
        <div className="field field--checkbox">
          <input
            type="checkbox"
            id={fields.isDemo.id}
            name={fields.isDemo.name}
            defaultChecked={organisation?.isDemo ?? false}
          />
          <label htmlFor={fields.isDemo.id}>{t('organisations.isDemo')}</label>
        </div>
        <button type="submit" className="button">
          {organisation ? t('save') : t('organisations.create')}
        </button>
      </Form>
      {organisation ? (
        <>
          <h2>{t('organisations.hubs')}</h2>
          <p>{hubs.length ? hubs.map((c) => c.name).join(', ') : t('organisations.noHub')}</p>
          <h2>{t('organisations.people')}</h2>
          <ul>
            {team.map((m) => (
              <li key={m.userId}>
                <Link to={`/admin/users/${m.userId}`}>{m.name}</Link> ({m.email}):{' '}
                {t(`common:roles.${m.role}`)}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/o/${organisation.id}/team`}>{t('organisations.manageTeam')}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
