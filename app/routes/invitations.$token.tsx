import { requestLocale } from '~/access/locale.server';
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
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { passwordRuleErrors } from '~/lib/password-form.server';
import { hashPassword } from '~/lib/passwords.server';
import { newPassword, personName } from '~/lib/schemas';
import { acceptInvitation } from '~/services/invitation.server';
import { peekToken } from '~/models/token.server';
import { getUser } from '~/models/user.server';

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

function invitedUser(token: string) {
  const holder = peekToken(token, 'invitation');
  return holder ? getUser(holder.userId) : undefined;
}

export async function loader(args: LoaderFunctionArgs) {
  const t = await getFixedT(await requestLocale(args), 'auth');
  const user = invitedUser(args.params.token ?? '');
  return data(
    {
      invitee: user ? { name: user.name, email: user.email } : null,
      meta: { title: t('invitation.title'), site: t('common:app.name') },
    },
    { headers: { 'Referrer-Policy': 'no-referrer' } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const form = await readForm(args);
  const token = args.params.token ?? '';
  const submission = parseWithZod(form, { schema });
  if (submission.status !== 'success') {
    return data(
      { result: submission.reply({ hideFields: ['password', 'confirm'] }) },
      { status: 400 },
    );
  }
  const user = invitedUser(token);
  if (!user) {
    return data(
      {
        result: submission.reply({
          formErrors: ['auth:invitation.expired'],
          hideFields: ['password', 'confirm'],
        }),
      },
      { status: 410 },
    );
  }
  const ruleErrors = passwordRuleErrors(submission, submission.value.password, {
    email: user.email,
    name: submission.value.name,
  });
  if (ruleErrors) return data({ result: ruleErrors }, { status: 400 });
  const userId = acceptInvitation(token, {
    name: submission.value.name,
    passwordHash: await hashPassword(submission.value.password),
    address: args.context.clientAddress,
  });
  if (!userId) {
    return data(
      {
        result: submission.reply({
          formErrors: ['auth:invitation.expired'],
          hideFields: ['password', 'confirm'],
        }),
      },
      { status: 410 },
    );
  }
  return startSession(args.request, userId, '/?welcome=1');
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
