import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireAdmin, requireHub } from '~/access/guards.server';
import { requestLocale, requestT } from '~/access/locale.server';
import { notFound, type RequestArgs } from '~/access/session.server';
import { CsrfInput, Field, FormErrors, Notice, TextareaField } from '~/components/forms';
import { documentTitle } from '~/lib/meta';
import { hubSchema, email, personName } from '~/lib/schemas';
import { changeHub, hubRecord } from '~/services/hub-record.server';

const coordinatorSchema = z.object({
  intent: z.literal('add-coordinator'),
  email,
  name: personName,
});

const rowId = z.number().int().positive();

/** Each form of the page says what it does in `intent`. */
const hubChange = z.discriminatedUnion('intent', [
  hubSchema.extend({ intent: z.literal('edit') }),
  z.object({ intent: z.enum(['add-member', 'remove-member']), organisationId: rowId }),
  z.object({ intent: z.literal('remove-coordinator'), userId: rowId }),
  coordinatorSchema,
]);

type Intent = z.infer<typeof hubChange>['intent'];

/** What a form that does not validate is told (forms with fields show their own errors). */
const refusals: Record<Intent, 'choose-organisation' | 'invalid' | null> = {
  edit: null,
  'add-coordinator': null,
  'add-member': 'choose-organisation',
  'remove-member': 'invalid',
  'remove-coordinator': 'invalid',
};

const isIntent = (value: unknown): value is Intent =>
  typeof value === 'string' && Object.hasOwn(refusals, value);

const errorNotices: readonly string[] = ['choose-organisation', 'unknown-organisation', 'invalid'];

/** The administrator and the hub of the address. */
function requireHubToEdit(args: RequestArgs) {
  requireAdmin(args);
  return requireHub(args, 'hub:manage');
}

export async function loader(args: LoaderFunctionArgs) {
  const { hub } = requireHubToEdit(args);
  const { t } = await requestT(args, 'admin');
  return { ...hubRecord({ hub }), meta: { title: hub.name, site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, hub } = requireHubToEdit(args);
  const submission = parseWithZod(await readForm(args), { schema: hubChange });
  if (submission.status !== 'success') {
    const { intent: given } = submission.payload;
    const intent = isIntent(given) ? given : 'edit';
    return data({ intent, result: submission.reply(), notice: refusals[intent] }, { status: 400 });
  }
  const { intent } = submission.value;
  const outcome = await changeHub({
    hub,
    change: submission.value,
    admin: user,
    language: await requestLocale(args),
    address: args.context.clientAddress,
  });
  // The hub was removed meanwhile.
  if (outcome.status === 'hub-gone') throw notFound();
  if (outcome.status === 'unknown-organisation')
    return data({ intent, result: undefined, notice: outcome.status }, { status: 400 });
  return {
    intent,
    result: submission.reply({ resetForm: intent === 'add-coordinator' }),
    notice: outcome.status,
  };
}

export default function HubEditPage() {
  const { t } = useTranslation('admin');
  const { hub, members, coordinators, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [editForm, edit] = useForm({
    id: 'edit',
    lastResult: actionData?.intent === 'edit' ? actionData.result : undefined,
    defaultValue: { name: hub.name, description: hub.description },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: hubSchema }),
  });
  const [coordinatorForm, coordinator] = useForm({
    id: 'coordinator',
    lastResult: actionData?.intent === 'add-coordinator' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: coordinatorSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <h1>{hub.name}</h1>
      {actionData?.notice ? (
        <Notice tone={errorNotices.includes(actionData.notice) ? 'error' : 'success'}>
          {t(`hubs.notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <FormErrors form={editForm} />
      <Form method="post" {...getFormProps(editForm)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="edit" />
        <Field field={edit.name} label={t('hubs.name')} />
        <TextareaField field={edit.description} label={t('hubs.description')} />
        <button type="submit" className="button">
          {t('save')}
        </button>
      </Form>

      <h2>{t('hubs.memberList')}</h2>
      <ul className="plain-list">
        {members.map((m) => (
          <li key={m.id}>
            <Link to={`/admin/organisations/${m.id}`}>{m.name}</Link> ({m.country})
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="organisationId" value={m.id} />
              <button type="submit" name="intent" value="remove-member" className="link-button">
                {t('hubs.removeMember', { name: m.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <label htmlFor="organisationId">{t('hubs.addMember')}</label>
        <select id="organisationId" name="organisationId" defaultValue="">
          <option value="">{t('choose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="add-member" className="button button--secondary">
          {t('hubs.add-member')}
        </button>
      </Form>

      <h2>{t('hubs.coordinators')}</h2>
      <ul className="plain-list">
        {coordinators.map((c) => (
          <li key={c.id}>
            <Link to={`/admin/users/${c.id}`}>{c.name}</Link> ({c.email})
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="userId" value={c.id} />
              <button
                type="submit"
                name="intent"
                value="remove-coordinator"
                className="link-button"
              >
                {t('hubs.removeCoordinator', { name: c.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h3>{t('hubs.inviteCoordinator')}</h3>
      <FormErrors form={coordinatorForm} />
      <Form method="post" {...getFormProps(coordinatorForm)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="add-coordinator" />
        <Field field={coordinator.email} label={t('users.email')} type="email" autoComplete="off" />
        <Field field={coordinator.name} label={t('users.name')} autoComplete="off" />
        <button type="submit" className="button">
          {t('hubs.invite')}
        </button>
      </Form>
    </>
  );
}
