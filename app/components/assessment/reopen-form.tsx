import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../forms';

/** Reopening a submitted assessment, with a reason: for coordinators and administrators. */
export function ReopenForm() {
  const { t } = useTranslation('assessment');
  return (
    <section aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('reopen.title')}</h2>
      <p>{t('reopen.intro')}</p>
      <Form method="post">
        <CsrfInput />
        <div className="field">
          <label htmlFor="reason">{t('reopen.reason')}</label>
          <textarea id="reason" name="reason" required minLength={5} rows={3} />
        </div>
        <button type="submit" name="intent" value="reopen" className="button button--danger">
          {t('reopen.submit')}
        </button>
      </Form>
    </section>
  );
}
