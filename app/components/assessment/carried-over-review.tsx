import { useTranslation } from 'react-i18next';
import { fieldName } from '~/domain/answer-form';

/**
 * An answer carried over from the last cycle and not looked at yet: says so and, to those who
 * may answer, offers "still right" (saving the page as a whole then confirms it as it is).
 */
export function CarriedOverReview({
  questionId,
  editable,
}: {
  questionId: string;
  editable: boolean;
}) {
  const { t } = useTranslation('assessment');
  return (
    <div className="question__review">
      <p className="tag tag--review">{t('answer.needsReview')}</p>
      {editable ? (
        <label className="option option--confirm">
          <input type="checkbox" name={fieldName(questionId, 'confirm')} value="1" />
          <span>{t('answer.confirm')}</span>
        </label>
      ) : null}
    </div>
  );
}
