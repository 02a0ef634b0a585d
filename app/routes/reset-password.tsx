import { requestLocale } from '~/access/locale.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Field, Notice } from '~/components/forms';
import { readForm } from '~/access/csrf.server';

import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { email } from '~/lib/schemas';
import { requestPasswordReset } from '~/services/password-reset.server';

const schema = z.object({ email });

export async function loader(args: LoaderFunctionArgs) {
  const t = await getFixedT(await requestLocale(args), 'auth');
  return { meta: { title: t('reset.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema });
  if (submission.status !== 'success') return { result: submission.reply(), sent: false };
  const input = {
    email: submission.value.email,
    language: await requestLocale(args),
    address: args.context.clientAddress,
  };
  // The answer never waits for (or depends on) whether the account exists.
  setImmediate(() => {
    requestPasswordReset(input).catch((error: unknown) =>
      console.error('Password reset mail failed', error),
    );
  });
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ResetPasswordRequest() {
  const { t } = useTranslation('auth');
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <div className="page page--narrow">
      <h1>{t('reset.title')}</h1>
      {actionData?.sent ? (
        <Notice tone="success">{t('reset.sent')}</Notice>
      ) : (
        <p>{t('reset.intro')}</p>
      )}
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <Field field={fields.email} label={t('fields.email')} type="email" autoComplete="email" />
        <button type="submit" className="button">
          {t('reset.submit')}
        </button>
      </Form>
    </div>
  );
}
