import { requestT } from '~/access/locale.server';
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
import { CsrfInput, FormErrors, Notice } from '~/components/forms';
import { NewPasswordFields } from '~/components/new-password-fields';
import { startSession } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { documentTitle } from '~/lib/meta';
import { passwordRuleReply } from '~/lib/password-form.server';
import { passwordPair } from '~/lib/schemas';
import { resetPassword, resetPasswordPage } from '~/services/password-reset.server';

export async function loader(args: LoaderFunctionArgs) {
  const { t } = await requestT(args, 'auth');
  const page = resetPasswordPage({ token: args.params.token ?? '' });
  return data(
    { ...page, meta: { title: t('reset.newTitle'), site: t('common:app.name') } },
    // The token is in the address: do not leak it to other sites through Referer.
    { headers: { 'Referrer-Policy': 'no-referrer' } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const hidePasswords = { hideFields: ['password', 'confirm'] };

export async function action(args: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(args), { schema: passwordPair });
  if (submission.status !== 'success') {
    return data({ result: submission.reply(hidePasswords) }, { status: 400 });
  }
  const outcome = await resetPassword({
    token: args.params.token ?? '',
    password: submission.value.password,
    address: args.context.clientAddress,
  });
  if (outcome.status === 'expired') {
    return data(
      { result: submission.reply({ formErrors: ['auth:reset.expired'], ...hidePasswords }) },
      { status: 410 },
    );
  }
  if (outcome.status === 'weak') {
    return data({ result: passwordRuleReply(submission, outcome.problems) }, { status: 400 });
  }
  return startSession(args.request, outcome.userId, '/account?notice=password-reset');
}

export default function ResetPassword() {
  const { t } = useTranslation('auth');
  const { valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordPair }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  if (!valid && !actionData) {
    return (
      <div className="page page--narrow">
        <h1>{t('reset.newTitle')}</h1>
        <Notice tone="error">{t('reset.expired')}</Notice>
        <p>
          <Link to="/reset-password">{t('reset.again')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t('reset.newTitle')}</h1>
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} />
        <button type="submit" className="button">
          {t('reset.save')}
        </button>
      </Form>
    </div>
  );
}
