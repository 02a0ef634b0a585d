import { getFormProps, useForm } from '@conform-to/react';
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
import { requestLocale, requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { CsrfInput, Field, FormErrors, Notice, SelectField } from '~/components/forms';
import { can, roles } from '~/domain/policy';
import { documentTitle } from '~/lib/meta';
import { email, personName } from '~/lib/schemas';
import { invite } from '~/services/invitation.server';
import { teamPage } from '~/services/team-page.server';
import { changeTeamRole } from '~/services/team-roles.server';

const inviteSchema = z.object({
  intent: z.literal('invite'),
  email,
  name: personName,
  role: z.enum(roles, { error: 'validation.roleRequired' }),
});

const changeSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('remove'), userId: z.number().int().positive() }),
  z.object({
    intent: z.literal('change-role'),
    userId: z.number().int().positive(),
    role: z.enum(roles).optional(),
  }),
]);

const badRequest = () => new Response('Bad request', { status: 400 });

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'organisation:view');
  const { t } = await requestT(args, 'org');
  return {
    ...teamPage({ organisationId: organisation.id }),
    canManage: can(user.actor, 'organisation:manage-team', {
      organisationId: organisation.id,
      hubIds,
    }),
    meta: { title: t('team.title', { name: organisation.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  const { user, organisation } = requireOrganisation(args, 'organisation:manage-team');
  const form = await readForm(args);

  if (form.get('intent') === 'invite') {
    const submission = parseWithZod(form, { schema: inviteSchema });
    if (submission.status !== 'success')
      return data({ result: submission.reply(), notice: null }, { status: 400 });
    const outcome = await invite({
      inviterId: user.id,
      inviterName: user.name,
      email: submission.value.email,
      name: submission.value.name,
      grant: { kind: 'organisation', organisationId: organisation.id, role: submission.value.role },
      language: await requestLocale(args),
      address,
    });
    // The hub or parliament of the page was removed meanwhile.
    if (outcome.status === 'unknown-target') throw notFound();
    return { result: submission.reply({ resetForm: true }), notice: 'invited' };
  }

  // The buttons of a row in the team table: change that person's role, or remove them.
  const submission = parseWithZod(form, { schema: changeSchema });
  if (submission.status !== 'success') throw badRequest();
  const { userId, ...change } = submission.value;
  const outcome = changeTeamRole({
    organisationId: organisation.id,
    actorId: user.id,
    userId,
    change,
    address,
  });
  switch (outcome.status) {
    case 'not-member':
      throw notFound();
    case 'no-role':
      throw badRequest();
    case 'last-lead':
      return data({ result: undefined, notice: 'last-lead' }, { status: 409 });
    default:
      return { result: undefined, notice: outcome.status };
  }
}

export default function Team() {
  const { t } = useTranslation('org');
  const { team, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: 'invite',
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const roleOptions = roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));
  return (
    <>
      <h2>{t('team.heading')}</h2>
      {actionData?.notice ? (
        <Notice tone={actionData.notice === 'last-lead' ? 'error' : 'success'}>
          {t(`team.notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption>{t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('team.email')}</th>
              <th scope="col">{t('team.role')}</th>
              <th scope="col">{t('team.status')}</th>
              {canManage ? <th scope="col">{t('team.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {team.map((member) => (
              <tr key={member.userId}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>{t(`common:roles.${member.role}`)}</td>
                <td>
                  {member.disabled
                    ? t('team.disabled')
                    : member.pending
                      ? t('team.pending')
                      : t('team.active')}
                </td>
                {canManage ? (
                  <td>
                    <Form method="post" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="userId" value={member.userId} />
                      <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                        {t('team.roleFor', { name: member.name })}
                      </label>
                      <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                        {roleOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                      <button
                        type="submit"
                        name="intent"
                        value="change-role"
                        className="button button--secondary"
                      >
                        {t('team.changeRole')}
                      </button>
                      <button
                        type="submit"
                        name="intent"
                        value="remove"
                        className="button button--secondary"
                      >
                        {t('team.remove', { name: member.name })}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canManage ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">{t('team.inviteTitle')}</h2>
          <p>{t('team.inviteIntro')}</p>
          <FormErrors form={form} />
          <Form method="post" {...getFormProps(form)}>
            <CsrfInput />
            <input type="hidden" name="intent" value="invite" />
            <Field field={fields.email} label={t('team.email')} type="email" autoComplete="off" />
            <Field field={fields.name} label={t('team.name')} autoComplete="off" />
            <SelectField
              field={fields.role}
              label={t('team.role')}
              options={roleOptions}
              placeholder={t('team.chooseRole')}
            />
            <button type="submit" className="button">
              {t('team.invite')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
