import { requestT } from '~/access/locale.server';
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
import { CsrfInput, Field, FormErrors, Notice } from '~/components/forms';
import { NewPasswordFields } from '~/components/new-password-fields';
import { startSession } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { documentTitle } from '~/lib/meta';
import { passwordRuleReply } from '~/lib/password-form.server';
import { newPassword, personName } from '~/lib/schemas';
import { invitationPage, joinByInvitation } from '~/services/accept-invitation.server';

const schema = z
  .object({
    name: personName,
    password: newPassword,
    confirm: z.string({ error: 'validation.confirmRequired' }),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'validation.passwordsDiffer',
  });

export async function loader(args: LoaderFunctionArgs) {
  const { t } = await requestT(args, 'auth');
  const page = invitationPage({ token: args.params.token ?? '' });
  return data(
    { ...page, meta: { title: t('invitation.title'), site: t('common:app.name') } },
    { headers: { 'Referrer-Policy': 'no-referrer' } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const hidePasswords = { hideFields: ['password', 'confirm'] };

export async function action(args: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(args), { schema });
  if (submission.status !== 'success') {
    return data({ result: submission.reply(hidePasswords) }, { status: 400 });
  }
  const outcome = await joinByInvitation({
    token: args.params.token ?? '',
    name: submission.value.name,
    password: submission.value.password,
    address: args.context.clientAddress,
  });
  if (outcome.status === 'expired') {
    return data(
      { result: submission.reply({ formErrors: ['auth:invitation.expired'], ...hidePasswords }) },
      { status: 410 },
    );
  }
  if (outcome.status === 'weak') {
    return data({ result: passwordRuleReply(submission, outcome.problems) }, { status: 400 });
  }
  return startSession(args.request, outcome.userId, '/?welcome=1');
}

export default function AcceptInvitation() {
  const { t } = useTranslation('auth');
  const { invitee } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { name: invitee?.name ?? '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  if (!invitee && !actionData) {
    return (
      <div className="page page--narrow">
        <h1>{t('invitation.title')}</h1>
        <Notice tone="error">{t('invitation.expired')}</Notice>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      {invitee ? <p>{t('invitation.intro', { email: invitee.email })}</p> : null}
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <Field field={fields.name} label={t('fields.name')} autoComplete="name" />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} />
        <button type="submit" className="button">
          {t('invitation.submit')}
        </button>
      </Form>
    </div>
  );
}
