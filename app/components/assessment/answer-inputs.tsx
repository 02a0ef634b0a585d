import { useTranslation } from 'react-i18next';
import { DONT_KNOW, fieldName, NONE_OF_THESE, NOT_APPLICABLE } from '~/domain/answer-form';
import type { QuestionView } from '~/domain/answering';

/*
 * The fields that hold the answer itself, one component per kind of question. Their names are
 * the `<question id>::<field>` names that the page's form and the autosave both post.
 */

/** A choice or a yes-no question: one radio per option, then "not applicable", "don't know". */
export function ChoiceRadios({
  question,
  defaultAnswer,
}: {
  question: QuestionView;
  defaultAnswer: string;
}) {
  const { t } = useTranslation('assessment');
  const name = fieldName(question.id, 'answer');
  return (
    <div className="options" role="radiogroup" aria-label={question.text}>
      {question.options.map((option) => (
        <label key={option.id} className="option">
          <input
            type="radio"
            name={name}
            value={option.id}
            defaultChecked={defaultAnswer === option.id}
          />
          <span>
            <strong>
              {question.kind === 'yes-no' ? t(`answer.yesno.${option.id}`) : option.label}
            </strong>
            {option.description ? (
              <span className="option__description">{option.description}</span>
            ) : null}
          </span>
        </label>
      ))}
      {question.allowNotApplicable ? (
        <label className="option option--special">
          <input
            type="radio"
            name={name}
            value={NOT_APPLICABLE}
            defaultChecked={defaultAnswer === NOT_APPLICABLE}
          />
          <span>{t('answer.notApplicable')}</span>
        </label>
      ) : null}
      {question.allowDontKnow ? (
        <label className="option option--special">
          <input
            type="radio"
            name={name}
            value={DONT_KNOW}
            defaultChecked={defaultAnswer === DONT_KNOW}
          />
          <span>{t('answer.dontKnow')}</span>
        </label>
      ) : null}
    </div>
  );
}

/** A checklist: one box per item (the special answers are in SpecialAnswer). */
export function ChecklistBoxes({
  question,
  defaultItems,
}: {
  question: QuestionView;
  defaultItems: string[];
}) {
  return (
    <div className="options">
      {question.items.map((item) => (
        <label key={item.id} className="option">
          <input
            type="checkbox"
            name={fieldName(question.id, 'items')}
            value={item.id}
            defaultChecked={defaultItems.includes(item.id)}
          />
          <span>{item.label}</span>
        </label>
      ))}
    </div>
  );
}

/** A figure, in the question's unit when it has one. */
export function NumberField({
  question,
  defaultValue,
}: {
  question: QuestionView;
  defaultValue: string;
}) {
  const { t } = useTranslation('assessment');
  const id = question.id;
  return (
    <div className="field">
      <label htmlFor={`${id}-number`}>
        {question.unit ? t('answer.figureIn', { unit: question.unit }) : t('answer.figure')}
      </label>
      <input
        id={`${id}-number`}
        type="number"
        inputMode="decimal"
        step="any"
        name={fieldName(id, 'number')}
        min={question.min}
        max={question.max}
        defaultValue={defaultValue}
      />
    </div>
  );
}

/** A written answer. */
export function TextAnswer({
  question,
  defaultValue,
}: {
  question: QuestionView;
  defaultValue: string;
}) {
  const { t } = useTranslation('assessment');
  const id = question.id;
  return (
    <div className="field">
      <label htmlFor={`${id}-text`}>{t('answer.yourAnswer')}</label>
      <textarea
        id={`${id}-text`}
        name={fieldName(id, 'text')}
        rows={4}
        defaultValue={defaultValue}
        maxLength={10_000}
      />
    </div>
  );
}

/**
 * "Or answer": for a checklist or a figure, the answers that are not ticks or a number (none of
 * these, not applicable, don't know); the first option keeps what was ticked or entered.
 */
export function SpecialAnswer({
  question,
  defaultValue,
}: {
  question: QuestionView;
  defaultValue: string;
}) {
  const { t } = useTranslation('assessment');
  const id = question.id;
  const checklist = question.kind === 'checklist';
  return (
    <div className="field">
      <label htmlFor={`${id}-special`}>{t('answer.otherAnswer')}</label>
      <select id={`${id}-special`} name={fieldName(id, 'special')} defaultValue={defaultValue}>
        <option value="">{checklist ? t('answer.asTicked') : t('answer.asEntered')}</option>
        {checklist ? <option value={NONE_OF_THESE}>{t('answer.noneOfThese')}</option> : null}
        {question.allowNotApplicable ? (
          <option value={NOT_APPLICABLE}>{t('answer.notApplicable')}</option>
        ) : null}
        {question.allowDontKnow ? <option value={DONT_KNOW}>{t('answer.dontKnow')}</option> : null}
      </select>
    </div>
  );
}
