import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { checkFieldName } from '~/domain/self-check';
import type { CheckView, ModuleView } from '~/services/learning-module.server';
import { CsrfInput } from './forms';

/** Where the learner is in a module, and the buttons that move them on. */
export function ModuleProgress({
  status,
  hasCheck,
}: {
  status: 'started' | 'completed' | null;
  /** A module with a self-check is completed by passing it, so it has no button for that. */
  hasCheck: boolean;
}) {
  const { t } = useTranslation('learn');
  return (
    <div className="progress-box">
      <p>{status ? t(`progress.${status}`) : t('progress.none')}</p>
      <Form method="post" className="inline-form">
        <CsrfInput />
        {status === null ? (
          <button type="submit" name="intent" value="start" className="button">
            {t('module.start')}
          </button>
        ) : null}
        {!hasCheck && status !== 'completed' ? (
          <button type="submit" name="intent" value="complete" className="button button--secondary">
            {t('module.complete')}
          </button>
        ) : null}
        {!hasCheck && status === 'completed' ? (
          <button type="submit" name="intent" value="uncomplete" className="link-button">
            {t('module.uncomplete')}
          </button>
        ) : null}
      </Form>
    </div>
  );
}

/** A module's self-check; after an attempt, each question says whether it was right, and why. */
export function SelfCheck({
  check,
  result,
}: {
  check: NonNullable<ModuleView['check']>;
  result: CheckView | null;
}) {
  const { t } = useTranslation('learn');
  return (
    <section aria-labelledby="check-title" className="self-check">
      <h2 id="check-title">{t('check.title')}</h2>
      <p>{t('check.intro', { mark: Math.round(check.passMark * 100) })}</p>
      <Form method="post">
        <CsrfInput />
        {check.questions.map((q, index) => {
          const outcome = result?.questions.find((r) => r.id === q.id);
          return (
            <fieldset key={q.id} className="question">
              <legend>
                {index + 1}. {q.prompt}
              </legend>
              <div className="options">
                {q.options.map((o) => (
                  <label key={o.id} className="option">
                    <input
                      type="radio"
                      name={checkFieldName(q.id)}
                      value={o.id}
                      defaultChecked={result?.chosen[q.id] === o.id}
                      required
                    />
                    <span>{o.text}</span>
                  </label>
                ))}
              </div>
              {outcome ? (
                <div className={`notice ${outcome.right ? 'notice--success' : 'notice--warning'}`}>
                  <p>
                    <strong>{outcome.right ? t('check.right') : t('check.wrong')}</strong>{' '}
                    {outcome.explanation}
                  </p>
                </div>
              ) : null}
            </fieldset>
          );
        })}
        <button type="submit" name="intent" value="check" className="button">
          {t('check.submit')}
        </button>
      </Form>
    </section>
  );
}
