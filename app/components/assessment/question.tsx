import { Link } from '@remix-run/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DONT_KNOW, fieldName, NONE_OF_THESE, NOT_APPLICABLE } from '~/domain/answer-form';
import { questionEntries, type AnswerView } from '~/domain/autosave-contract';
import type { QuestionView } from '~/services/answering.server';
import { useRootData } from '~/root';
import { LocalTime } from '../local-time';
import { restoreFields, takeEarlyAnswer } from './early-answers';
import { useAutosave, type ConflictAnswer } from './use-autosave';

/** Form values as the person typed them, by field name (returned when a save failed). */
export type RawValues = Record<string, string[]>;

interface ServerResult {
  status: string;
  error?: string;
  current?: AnswerView | null;
}

interface Defaults {
  answer: string;
  items: string[];
  special: string;
  number: string;
  text: string;
  comment: string;
  evidence: string;
}

function defaultsFrom(
  question: QuestionView,
  answer: Pick<AnswerView, 'state' | 'value' | 'comment' | 'evidence'> | null,
): Defaults {
  const specialOf = (state: string | undefined) =>
    state === 'not-applicable' ? NOT_APPLICABLE : state === 'dont-know' ? DONT_KNOW : '';
  const value = answer?.state === 'answered' ? answer.value : null;
  return {
    answer:
      answer?.state === 'answered' && typeof value === 'string' ? value : specialOf(answer?.state),
    items: Array.isArray(value) ? value : [],
    special:
      specialOf(answer?.state) ||
      (question.kind === 'checklist' &&
      Array.isArray(value) &&
      value.length === 0 &&
      answer?.state === 'answered'
        ? NONE_OF_THESE
        : ''),
    number: typeof value === 'number' ? String(value) : '',
    text: question.kind === 'text' && typeof value === 'string' ? value : '',
    comment: answer?.comment ?? '',
    evidence: (answer?.evidence ?? []).join('\n'),
  };
}

function defaultsFromRaw(question: QuestionView, raw: RawValues): Defaults {
  const one = (field: Parameters<typeof fieldName>[1]) =>
    raw[fieldName(question.id, field)]?.[0] ?? '';
  return {
    answer: one('answer'),
    items: raw[fieldName(question.id, 'items')] ?? [],
    special: one('special'),
    number: one('number'),
    text: one('text'),
    comment: one('comment'),
    evidence: one('evidence'),
  };
}

/** An answer in words: the option chosen, the items ticked, the figure, or the special answer. */
export function useDescribe(question: QuestionView) {
  const { t } = useTranslation('assessment');
  return (answer: Pick<ConflictAnswer, 'state' | 'value'>): string => {
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

function questionFields(form: HTMLFormElement | null, questionId: string): [string, string][] {
  return form ? questionEntries(new FormData(form).entries(), questionId) : [];
}

export function QuestionBlock({
  question,
  answer,
  editable,
  result,
  raw,
  saveUrl,
  historyUrl,
  onDirtyChange,
}: {
  question: QuestionView;
  answer: AnswerView | null;
  editable: boolean;
  result?: ServerResult;
  raw?: RawValues;
  saveUrl: string;
  historyUrl: string;
  /** Told whether this question holds input that the server has not confirmed. */
  onDirtyChange?: (questionId: string, dirty: boolean) => void;
}) {
  const { t } = useTranslation('assessment');
  const csrf = useRootData()?.csrf ?? '';
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const describe = useDescribe(question);
  const failedHere =
    result?.status === 'invalid' || result?.status === 'conflict' || result?.status === 'locked';
  const [adopted, setAdopted] = useState<{ key: number; answer: ConflictAnswer } | null>(null);
  const { state, save, resolve, knownRevision, dirty, edited, savedElsewhere } = useAutosave({
    questionId: question.id,
    url: saveUrl,
    csrf,
    initialRevision:
      result?.status === 'conflict' && result.current
        ? result.current.revision
        : (answer?.revision ?? 0),
  });

  const defaults = adopted
    ? defaultsFrom(question, adopted.answer)
    : failedHere && raw
      ? defaultsFromRaw(question, raw)
      : defaultsFrom(question, answer);
  const id = question.id;
  const describedBy = [question.help ? `${id}-help` : '', `${id}-status`].filter(Boolean).join(' ');

  const saveNow = () => save(questionFields(fieldset.current?.form ?? null, id));

  useEffect(() => onDirtyChange?.(id, dirty), [onDirtyChange, id, dirty]);

  // Chosen or typed before the scripts took over: put it back and save it now.
  useEffect(() => {
    const early = takeEarlyAnswer(id);
    if (!early || !editable || !fieldset.current) return;
    restoreFields(fieldset.current, early);
    edited();
    save(early);
  }, [id, editable, edited, save]);

  // Once a save went through, a carried-over answer has been looked at.
  const [reviewed, setReviewed] = useState(false);
  useEffect(() => {
    if (state.kind === 'saved') setReviewed(true);
  }, [state.kind]);

  // The page's Save button (posted with scripts on) saved this question as it stands.
  useEffect(() => {
    if (
      result?.status === 'saved' ||
      result?.status === 'duplicate' ||
      result?.status === 'unchanged'
    )
      savedElsewhere();
  }, [result, savedElsewhere]);

  const onChange = (event: FormEvent) => {
    if (!editable) return;
    // React's onChange fires for every keystroke and every click on a choice: one edit each.
    edited();
    const target = event.target as HTMLElement;
    // Text is saved after a pause; choices at once.
    if (
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && target.type === 'number')
    )
      return;
    clearTimeout(debounce.current);
    saveNow();
  };
  const onInput = (event: FormEvent) => {
    if (!editable) return;
    const target = event.target as HTMLElement;
    if (
      !(target instanceof HTMLTextAreaElement) &&
      !(target instanceof HTMLInputElement && target.type === 'number')
    )
      return;
    clearTimeout(debounce.current);
    debounce.current = setTimeout(saveNow, 1_200);
  };
  const onBlur = (event: FormEvent) => {
    const target = event.target as HTMLElement;
    if (
      !editable ||
      !(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) ||
      !debounce.current
    )
      return;
    clearTimeout(debounce.current);
    debounce.current = undefined;
    saveNow();
  };

  const conflict =
    state.kind === 'conflict'
      ? state.current
      : result?.status === 'conflict'
        ? result.current
        : undefined;
  const radios = question.kind === 'choice' || question.kind === 'yes-no';

  return (
    <fieldset
      ref={fieldset}
      id={`q-${id}`}
      className={`question${conflict ? ' question--conflict' : ''}`}
      disabled={!editable}
      aria-describedby={describedBy}
      onChange={onChange}
      onInput={onInput}
      onBlur={onBlur}
    >
      <legend>
        <span className="question__number">{question.number}</span> {question.text}
      </legend>
      <input type="hidden" name={fieldName(id, 'present')} value="1" />
      <input type="hidden" name={fieldName(id, 'revision')} value={knownRevision} />
      {question.help ? (
        <p className="field-hint" id={`${id}-help`}>
          {question.help}
        </p>
      ) : null}
      {answer?.needsReview && !reviewed ? (
        <div className="question__review">
          <p className="tag tag--review">{t('answer.needsReview')}</p>
          {editable ? (
            <label className="option option--confirm">
              <input type="checkbox" name={fieldName(id, 'confirm')} value="1" />
              <span>{t('answer.confirm')}</span>
            </label>
          ) : null}
        </div>
      ) : null}

      <div key={adopted?.key ?? 0} className="question__body">
        {radios ? (
          <div className="options" role="radiogroup" aria-label={question.text}>
            {question.options.map((option) => (
              <label key={option.id} className="option">
                <input
                  type="radio"
                  name={fieldName(id, 'answer')}
                  value={option.id}
                  defaultChecked={defaults.answer === option.id}
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
                  name={fieldName(id, 'answer')}
                  value={NOT_APPLICABLE}
                  defaultChecked={defaults.answer === NOT_APPLICABLE}
                />
                <span>{t('answer.notApplicable')}</span>
              </label>
            ) : null}
            {question.allowDontKnow ? (
              <label className="option option--special">
                <input
                  type="radio"
                  name={fieldName(id, 'answer')}
                  value={DONT_KNOW}
                  defaultChecked={defaults.answer === DONT_KNOW}
                />
                <span>{t('answer.dontKnow')}</span>
              </label>
            ) : null}
          </div>
        ) : null}

        {question.kind === 'checklist' ? (
          <div className="options">
            {question.items.map((item) => (
              <label key={item.id} className="option">
                <input
                  type="checkbox"
                  name={fieldName(id, 'items')}
                  value={item.id}
                  defaultChecked={defaults.items.includes(item.id)}
                />
                <span>{item.label}</span>
              </label>
            ))}
          </div>
        ) : null}

        {question.kind === 'number' ? (
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
              defaultValue={defaults.number}
            />
          </div>
        ) : null}

        {question.kind === 'checklist' || question.kind === 'number' ? (
          <div className="field">
            <label htmlFor={`${id}-special`}>{t('answer.otherAnswer')}</label>
            <select
              id={`${id}-special`}
              name={fieldName(id, 'special')}
              defaultValue={defaults.special}
            >
              <option value="">
                {question.kind === 'checklist' ? t('answer.asTicked') : t('answer.asEntered')}
              </option>
              {question.kind === 'checklist' ? (
                <option value={NONE_OF_THESE}>{t('answer.noneOfThese')}</option>
              ) : null}
              {question.allowNotApplicable ? (
                <option value={NOT_APPLICABLE}>{t('answer.notApplicable')}</option>
              ) : null}
              {question.allowDontKnow ? (
                <option value={DONT_KNOW}>{t('answer.dontKnow')}</option>
              ) : null}
            </select>
          </div>
        ) : null}

        {question.kind === 'text' ? (
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('answer.yourAnswer')}</label>
            <textarea
              id={`${id}-text`}
              name={fieldName(id, 'text')}
              rows={4}
              defaultValue={defaults.text}
              maxLength={10_000}
            />
          </div>
        ) : null}

        <details
          className="question__notes"
          open={Boolean(defaults.comment || defaults.evidence) || undefined}
        >
          <summary>{t('answer.notes')}</summary>
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t('answer.comment')}</label>
            <textarea
              id={`${id}-comment`}
              name={fieldName(id, 'comment')}
              rows={3}
              maxLength={5_000}
              defaultValue={defaults.comment}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-evidence`}>{t('answer.evidence')}</label>
            {question.evidencePrompt ? (
              <p className="field-hint" id={`${id}-evidence-hint`}>
                {question.evidencePrompt}
              </p>
            ) : null}
            <textarea
              id={`${id}-evidence`}
              name={fieldName(id, 'evidence')}
              rows={2}
              defaultValue={defaults.evidence}
              aria-describedby={
                question.evidencePrompt
                  ? `${id}-evidence-hint ${id}-evidence-format`
                  : `${id}-evidence-format`
              }
            />
            <p className="field-hint" id={`${id}-evidence-format`}>
              {t('answer.evidenceFormat')}
            </p>
          </div>
        </details>
      </div>

      {question.guidance || question.modules.length ? (
        <details className="question__guidance">
          <summary>{t('answer.guidance')}</summary>
          {question.guidance?.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {question.modules.length ? (
            <>
              <p>{t('answer.modules')}</p>
              <ul>
                {question.modules.map((m) => (
                  <li key={m.id}>
                    <Link to={`/learn/modules/${m.id}`}>{m.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : null}

      <div className="question__status" id={`${id}-status`} aria-live="polite">
        {conflict ? (
          <div className="notice notice--warning">
            <p>
              {t('answer.conflict', { name: conflict.updatedByName ?? t('answer.someone') })}{' '}
              <LocalTime iso={conflict.updatedAt} />
            </p>
            <p>
              {t('answer.theirAnswer')} <strong>{describe(conflict)}</strong>
            </p>
            {state.kind === 'conflict' ? (
              <p className="actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    resolve('mine', questionFields(fieldset.current?.form ?? null, id))
                  }
                >
                  {t('answer.keepMine')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setAdopted({ key: Date.now(), answer: conflict });
                    resolve('theirs', []);
                  }}
                >
                  {t('answer.keepTheirs')}
                </button>
              </p>
            ) : (
              <p>{t('answer.conflictNoScript')}</p>
            )}
          </div>
        ) : null}
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
        {state.kind === 'expired' ? (
          <span className="field-error">{t('answer.expired')}</span>
        ) : null}
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
      </div>
    </fieldset>
  );
}
