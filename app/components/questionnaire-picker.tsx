import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireChoiceView } from '~/services/questionnaire-choice.server';
import { Notice } from './forms';

/**
 * A plain GET form to choose which of the parliament's submitted questionnaires the page shows
 * (kept in the address as ?questionnaire=), when it submitted more than one; and a notice when
 * the address asked for one it did not submit.
 */
export function QuestionnairePicker({
  choice,
  extra = {},
}: {
  choice: QuestionnaireChoiceView;
  /** Other choices of the page to keep (hidden fields). */
  extra?: Record<string, string>;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      {choice.unavailable ? (
        <Notice tone="warning">
          {t('questionnaireChoice.unavailable', { title: choice.shown.title })}
        </Notice>
      ) : null}
      {choice.options.length > 1 ? (
        <Form method="get" className="inline-form no-print">
          {Object.entries(extra).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor="questionnaire">{t('questionnaireChoice.label')}</label>
          {/* Keyed by the questionnaire shown: after a navigation the list shows it again. */}
          <select
            key={choice.shown.id}
            id="questionnaire"
            name="questionnaire"
            defaultValue={choice.shown.id}
          >
            {choice.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('questionnaireChoice.show')}
          </button>
        </Form>
      ) : null}
    </>
  );
}
