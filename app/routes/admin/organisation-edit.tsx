import type { RequestArgs } from '~/access/session.server';
import { requestLocale } from '~/access/locale.server';
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
import { CsrfInput, Field, FormErrors, Notice, SelectField } from '~/components/forms';
import { chamberTypes, incomeGroups, ipuGroups, organisationInput } from '~/domain/organisation';
import { notFound } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { idParam } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { audit } from '~/models/audit.server';
import { cohortsOfOrganisation } from '~/models/cohort.server';
import {
  createOrganisation,
  findOrganisationByName,
  getOrganisationFor,
  updateOrganisation,
} from '~/models/organisation.server';
import { listTeam } from '~/models/role.server';

function existing(args: RequestArgs, rawId: string | undefined) {
  const user = requireAdmin(args);
  if (rawId === undefined) return { user, organisation: undefined };
  const organisation = getOrganisationFor(user.actor, idParam(rawId));
  if (!organisation) throw notFound();
  return { user, organisation };
}

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { organisation } = existing(args, args.params.orgId);
  const t = await getFixedT(await requestLocale(args), 'admin');
  return {
    organisation: organisation ?? null,
    cohorts: organisation
      ? cohortsOfOrganisation(organisation.id).map((c) => ({ id: c.id, name: c.name }))
      : [],
    team: organisation ? listTeam(organisation.id) : [],
    meta: { title: organisation?.name ?? t('organisations.add'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  requireAdmin(args);
  const { user, organisation } = existing(args, args.params.orgId);
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: organisationInput });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), saved: false }, { status: 400 });
  const duplicate = findOrganisationByName(submission.value.name, submission.value.country);
  if (duplicate && duplicate.id !== organisation?.id) {
    return data(
      {
        result: submission.reply({ fieldErrors: { name: ['validation.organisation.duplicate'] } }),
        saved: false,
      },
      { status: 409 },
    );
  }
  if (organisation) {
    updateOrganisation(organisation.id, submission.value);
    audit({
      action: 'organisation.updated',
      actorId: user.id,
      targetType: 'organisation',
      targetId: organisation.id,
      organisationId: organisation.id,
      address: args.context.clientAddress,
    });
    return { result: submission.reply(), saved: true };
  }
  const id = createOrganisation(submission.value);
  audit({
    action: 'organisation.created',
    actorId: user.id,
    targetType: 'organisation',
    targetId: id,
    organisationId: id,
    address: args.context.clientAddress,
  });
  return redirect(`/admin/organisations/${id}?created=1`, 303);
}

export default function OrganisationEdit() {
  const { t } = useTranslation('admin');
  const { organisation, cohorts, team } = useLoaderData<typeof loader>();
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
          <h2>{t('organisations.cohorts')}</h2>
          <p>
            {cohorts.length ? cohorts.map((c) => c.name).join(', ') : t('organisations.noCohort')}
          </p>
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
