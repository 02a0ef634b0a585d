import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { AnswerView } from '~/domain/autosave-contract';
import { LocalTime } from '../local-time';
import type { FormResult } from './form-values';
import type { SaveState } from './use-autosave';

/**
 * Where a question's answer stands: the autosave's state while it works, else what the page's
 * form said, else who changed the answer last.
 */
export function SaveStatus({
  state,
  result,
  answer,
  historyUrl,
}: {
  state: SaveState;
  result?: FormResult;
  answer: AnswerView | null;
  historyUrl: string;
}) {
  const { t } = useTranslation('assessment');
  return (
    <>
      {state.kind === 'saving' ? <span>{t('answer.saving')}</span> : null}
      {state.kind === 'saved' ? (
        <span className="saved">
          {t('answer.savedAt')} <LocalTime iso={state.at} style="time" />
        </span>
      ) : null}
      {state.kind === 'offline' ? (
        <span className="warning">{t('answer.offline', { seconds: state.retryIn })}</span>
      ) : null}
      {state.kind === 'invalid' ? <span className="field-error">{t(state.error)}</span> : null}
      {state.kind === 'locked' ? <span className="field-error">{t('answer.locked')}</span> : null}
      {state.kind === 'failed' ? <span className="field-error">{t('answer.failed')}</span> : null}
      {state.kind === 'expired' ? <span className="field-error">{t('answer.expired')}</span> : null}
      {state.kind === 'idle' && result?.status === 'invalid' && result.error ? (
        <span className="field-error">{t(result.error)}</span>
      ) : null}
      {state.kind === 'idle' && result?.status === 'locked' ? (
        <span className="field-error">{t('answer.locked')}</span>
      ) : null}
      {state.kind === 'idle' && (result?.status === 'saved' || result?.status === 'duplicate') ? (
        <span className="saved">{t('answer.saved')}</span>
      ) : null}
      {state.kind === 'idle' && !result && answer ? (
        <span className="meta">
          {t('answer.lastChange', { name: answer.updatedByName ?? t('answer.someone') })}{' '}
          <LocalTime iso={answer.updatedAt} />. <Link to={historyUrl}>{t('answer.history')}</Link>
        </span>
      ) : null}
    </>
  );
}
