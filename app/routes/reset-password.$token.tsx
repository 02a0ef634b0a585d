import { requestLocale } from '~/access/locale.server';
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
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { passwordRuleErrors } from '~/lib/password-form.server';
import { hashPassword } from '~/lib/passwords.server';
import { passwordPair } from '~/lib/schemas';
import { resetPassword } from '~/services/password-reset.server';
import { peekToken } from '~/models/token.server';
import { getUser } from '~/models/user.server';

export async function loader(args: LoaderFunctionArgs) {
  const t = await getFixedT(await requestLocale(args), 'auth');
  const valid = peekToken(args.params.token ?? '', 'password-reset') !== undefined;
  return data(
    { valid, meta: { title: t('reset.newTitle'), site: t('common:app.name') } },
    // The token is in the address: do not leak it to other sites through Referer.
    { headers: { 'Referrer-Policy': 'no-referrer' } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const form = await readForm(args);
  const token = args.params.token ?? '';
  const submission = parseWithZod(form, { schema: passwordPair });
  if (submission.status !== 'success') {
    return data(
      { result: submission.reply({ hideFields: ['password', 'confirm'] }) },
      { status: 400 },
    );
  }
  const holder = peekToken(token, 'password-reset');
  const user = holder && getUser(holder.userId);
  if (!user) {
    return data(
      {
        result: submission.reply({
          formErrors: ['auth:reset.expired'],
          hideFields: ['password', 'confirm'],
        }),
      },
      { status: 410 },
    );
  }
  const ruleErrors = passwordRuleErrors(submission, submission.value.password, user);
  if (ruleErrors) return data({ result: ruleErrors }, { status: 400 });
  const userId = resetPassword(
    token,
    await hashPassword(submission.value.password),
    args.context.clientAddress,
  );
  if (!userId) {
    return data(
      {
        result: submission.reply({
          formErrors: ['auth:reset.expired'],
          hideFields: ['password', 'confirm'],
        }),
      },
      { status: 410 },
    );
  }
  return startSession(args.request, userId, '/account?notice=password-reset');
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
