import { useTranslation } from 'react-i18next';
import { Field, type AnyField } from './forms';

/** A new password typed twice, with the rules said up front. */
export function NewPasswordFields({
  password,
  confirm,
}: {
  password: AnyField;
  confirm: AnyField;
}) {
  const { t } = useTranslation('auth');
  return (
    <>
      <Field
        field={password}
        label={t('fields.newPassword')}
        hint={t('fields.passwordRules')}
        type="password"
        autoComplete="new-password"
      />
      <Field
        field={confirm}
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
