import { useTranslation } from 'react-i18next';
import type { AnswerView } from '~/domain/autosave-contract';
import type { QuestionView } from '~/domain/answering';
import { LocalTime } from '../local-time';

/** An answer in words: the option chosen, the items ticked, the figure, or the special answer. */
export function useDescribe(question: QuestionView) {
  const { t } = useTranslation('assessment');
  return (answer: Pick<AnswerView, 'state' | 'value'>): string => {
    if (answer.state === 'not-applicable') return t('answer.notApplicable');
    if (answer.state === 'dont-know') return t('answer.dontKnow');
    const value = answer.value;
    if (question.kind === 'yes-no') return t(`answer.yesno.${String(value)}`);
    if (question.kind === 'choice')
      return question.options.find((o) => o.id === value)?.label ?? String(value);
    if (question.kind === 'checklist' && Array.isArray(value)) {
      return value.length
        ? value.map((id) => question.items.find((i) => i.id === id)?.label ?? String(id)).join('; ')
        : t('answer.noneOfThese');
    }
    if (question.kind === 'number')
      return `${String(value)}${question.unit ? ` ${question.unit}` : ''}`;
    return String(value ?? '');
  };
}

/**
 * Someone else saved this answer since the person saw it: who, when and what. With scripts the
 * person keeps one of the two answers here; without, the page says what to do.
 */
export function ConflictNotice({
  question,
  theirs,
  onResolve,
}: {
  question: QuestionView;
  theirs: AnswerView;
  /** Set when the autosave met the conflict; not after a save of the whole page. */
  onResolve?: (keep: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation('assessment');
  const describe = useDescribe(question);
  return (
    <div className="notice notice--warning">
      <p>
        {t('answer.conflict', { name: theirs.updatedByName ?? t('answer.someone') })}{' '}
        <LocalTime iso={theirs.updatedAt} />
      </p>
      <p>
        {t('answer.theirAnswer')} <strong>{describe(theirs)}</strong>
      </p>
      {onResolve ? (
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onResolve('mine')}
          >
            {t('answer.keepMine')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onResolve('theirs')}
          >
            {t('answer.keepTheirs')}
          </button>
        </p>
      ) : (
        <p>{t('answer.conflictNoScript')}</p>
      )}
    </div>
  );
}
