import { requestT } from '~/access/locale.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Field, FormErrors, Notice, SelectField } from '~/components/forms';
import { NewPasswordFields } from '~/components/new-password-fields';
import { endSession, requireUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { languages } from '~/lib/i18n';
import { documentTitle } from '~/lib/meta';
import { passwordRuleReply } from '~/lib/password-form.server';
import { newPassword, personName } from '~/lib/schemas';
import { changePassword } from '~/services/change-password.server';
import { accountPage, saveProfile } from '~/services/my-account.server';
import { signOut } from '~/services/sign-out.server';

const profileSchema = z.object({
  intent: z.literal('profile'),
  name: personName,
  locale: z.enum(['', ...languages.map((l) => l.code)]).optional(),
});

const passwordSchema = z
  .object({
    intent: z.literal('password'),
    current: z
      .string({ error: 'validation.passwordRequired' })
      .min(1, 'validation.passwordRequired'),
    password: newPassword,
    confirm: z.string({ error: 'validation.confirmRequired' }),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'validation.passwordsDiffer',
  });

const signOutSchema = z.object({ intent: z.literal('sign-out-everywhere') });

const schema = z.discriminatedUnion('intent', [profileSchema, passwordSchema, signOutSchema]);

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const { t } = await requestT(args, 'auth');
  return {
    ...accountPage({ person: user }),
    meta: { title: t('account.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const hidePasswords = { hideFields: ['current', 'password', 'confirm'] };

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const submission = parseWithZod(await readForm(args), { schema });
  const address = args.context.clientAddress;
  if (submission.status !== 'success') {
    // Each form shows its own errors; anything that is not the password form is the profile's.
    return submission.payload.intent === 'password'
      ? data({ intent: 'password', result: submission.reply(hidePasswords) }, { status: 400 })
      : data({ intent: 'profile', result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;

  if (input.intent === 'sign-out-everywhere') {
    signOut({ userId: user.id, address, everywhere: true });
    return endSession(args.request, '/login');
  }

  if (input.intent === 'password') {
    const outcome = await changePassword({
      userId: user.id,
      keepSession: user.sessionId,
      current: input.current,
      password: input.password,
      address,
    });
    if (outcome.status === 'wrong-password') {
      const wrong = { current: ['auth:account.wrongPassword'] };
      return data(
        {
          intent: input.intent,
          result: submission.reply({ fieldErrors: wrong, ...hidePasswords }),
        },
        { status: 400 },
      );
    }
    if (outcome.status === 'weak') {
      return data(
        { intent: input.intent, result: passwordRuleReply(submission, outcome.problems) },
        { status: 400 },
      );
    }
    return {
      intent: input.intent,
      result: submission.reply({ resetForm: true }),
      notice: 'password-changed',
    };
  }

  saveProfile({ userId: user.id, name: input.name, locale: input.locale || null });
  return { intent: input.intent, result: submission.reply(), notice: 'profile-saved' };
}

export default function Account() {
  const { t } = useTranslation('auth');
  const { account, workspace } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [profileForm, profile] = useForm({
    id: 'profile',
    lastResult: actionData?.intent === 'profile' ? actionData.result : undefined,
    defaultValue: { name: account.name, locale: account.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const [passwordForm, password] = useForm({
    id: 'password',
    lastResult: actionData?.intent === 'password' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const notice =
    (actionData && 'notice' in actionData ? actionData.notice : undefined) ?? params.get('notice');
  return (
    <div className="page page--narrow">
      <h1>{t('account.title')}</h1>
      {notice ? <Notice tone="success">{t(`account.notice.${notice}`)}</Notice> : null}
      <p>{t('account.signedInAs', { email: account.email })}</p>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('account.roles')}</h2>
        <ul>
          {workspace.organisations.map((o) => (
            <li key={o.id}>
              {t('account.roleIn', { role: t(`common:roles.${o.role}`), place: o.name })}
            </li>
          ))}
          {workspace.hubs.map((c) => (
            <li key={c.id}>{t('account.coordinatorOf', { place: c.name })}</li>
          ))}
          {account.isAdmin ? <li>{t('account.administrator')}</li> : null}
          <li>{t('account.learner')}</li>
        </ul>
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('account.profile')}</h2>
        <FormErrors form={profileForm} />
        <Form method="post" {...getFormProps(profileForm)}>
          <CsrfInput />
          <input type="hidden" name="intent" value="profile" />
          <Field field={profile.name} label={t('fields.name')} autoComplete="name" />
          <SelectField
            field={profile.locale}
            label={t('fields.language')}
            hint={t('account.languageHint')}
            placeholder={t('account.languageBrowser')}
            options={languages.map((l) => ({ value: l.code, label: l.name }))}
          />
          <button type="submit" className="button">
            {t('account.saveProfile')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t('account.changePassword')}</h2>
        <FormErrors form={passwordForm} />
        <Form method="post" {...getFormProps(passwordForm)}>
          <CsrfInput />
          <input type="hidden" name="intent" value="password" />
          <Field
            field={password.current}
            label={t('fields.currentPassword')}
            type="password"
            autoComplete="current-password"
          />
          <NewPasswordFields password={password.password} confirm={password.confirm} />
          <button type="submit" className="button">
            {t('account.savePassword')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessions')}</h2>
        <p>{t('account.sessionsHint')}</p>
        <Form method="post" reloadDocument>
          <CsrfInput />
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button type="submit" className="button button--secondary">
            {t('account.signOutEverywhere')}
          </button>
        </Form>
      </section>
    </div>
  );
}
