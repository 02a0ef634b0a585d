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
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Field, FormErrors } from '~/components/forms';
import { currentUser, startSession } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { safeRedirectTarget } from '~/lib/safe-redirect';
import { email } from '~/lib/schemas';
import { signIn } from '~/services/sign-in.server';

const schema = z.object({
  email,
  password: z
    .string({ error: 'validation.passwordRequired' })
    .min(1, 'validation.passwordRequired')
    .max(1024),
  redirectTo: z.string().optional(),
});

export async function loader(args: LoaderFunctionArgs) {
  const target = safeRedirectTarget(new URL(args.request.url).searchParams.get('redirectTo'));
  if (currentUser(args)) throw redirect(target);
  const t = await getFixedT(await requestLocale(args), 'auth');
  return { meta: { title: t('signIn.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema });
  const hidden = { hideFields: ['password'] };
  if (submission.status !== 'success') {
    return data({ result: submission.reply(hidden), waitMinutes: 0 }, { status: 400 });
  }
  const { password, redirectTo } = submission.value;
  const outcome = await signIn({
    email: submission.value.email,
    password,
    address: args.context.clientAddress,
  });
  if (outcome.status === 'throttled') {
    return data(
      {
        result: submission.reply({ formErrors: ['auth:signIn.throttled'], ...hidden }),
        waitMinutes: outcome.waitMinutes,
      },
      { status: 429 },
    );
  }
  if (outcome.status === 'failed') {
    return data(
      {
        result: submission.reply({ formErrors: ['auth:signIn.failed'], ...hidden }),
        waitMinutes: 0,
      },
      { status: 400 },
    );
  }
  return startSession(args.request, outcome.userId, safeRedirectTarget(redirectTo));
}

export default function Login() {
  const { t } = useTranslation('auth');
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const throttled = form.errors?.includes('auth:signIn.throttled');
  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {throttled ? (
        <div className="notice notice--error" role="alert" id={form.errorId}>
          {t('signIn.throttled', { count: actionData?.waitMinutes ?? 1 })}
        </div>
      ) : (
        <FormErrors form={form} />
      )}
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? '/'} />
        <Field
          field={fields.email}
          label={t('fields.email')}
          type="email"
          autoComplete="username"
        />
        <Field
          field={fields.password}
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button">
          {t('signIn.submit')}
        </button>
      </Form>
      <p>
        <Link to="/reset-password">{t('signIn.forgot')}</Link>
      </p>
    </div>
  );
}
