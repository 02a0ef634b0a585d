import { useEffect, useRef, useState } from 'react';
import { fieldName } from '~/domain/answer-form';
import { questionEntries, type AnswerView } from '~/domain/autosave-contract';
import type { QuestionView } from '~/domain/answering';
import { useRootData } from '~/root';
import {
  ChecklistBoxes,
  ChoiceRadios,
  NumberField,
  SpecialAnswer,
  TextAnswer,
} from './answer-inputs';
import { AnswerNotes } from './answer-notes';
import { CarriedOverReview } from './carried-over-review';
import { ConflictNotice } from './conflict-notice';
import { restoreFields, takeEarlyAnswer } from './early-answers';
import { defaultsFrom, defaultsFromRaw, type FormResult, type RawValues } from './form-values';
import { QuestionGuidance } from './question-guidance';
import { SaveStatus } from './save-status';
import { useAutosave, type ConflictAnswer } from './use-autosave';
import { useSaveOnEdit } from './use-save-on-edit';

export type { RawValues };

/** One question of the answering page: its fields, its notes, and where its answer stands. */
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
  result?: FormResult;
  raw?: RawValues;
  saveUrl: string;
  historyUrl: string;
  /** Told whether this question holds input that the server has not confirmed. */
  onDirtyChange?: (questionId: string, dirty: boolean) => void;
}) {
  const csrf = useRootData()?.csrf ?? '';
  const fieldset = useRef<HTMLFieldSetElement>(null);
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

  const ownFields = () => {
    const form = fieldset.current?.form;
    return form ? questionEntries(new FormData(form).entries(), id) : [];
  };
  const saveNow = () => save(ownFields());
  const handlers = useSaveOnEdit({ editable, edited, saveNow });

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

  const conflict =
    state.kind === 'conflict'
      ? state.current
      : result?.status === 'conflict'
        ? result.current
        : undefined;
  const onResolve = (keep: 'mine' | 'theirs') => {
    // Their answer replaces the fields: the body is drawn again from it.
    if (keep === 'theirs' && conflict) setAdopted({ key: Date.now(), answer: conflict });
    resolve(keep, keep === 'mine' ? ownFields() : []);
  };

  return (
    <fieldset
      ref={fieldset}
      id={`q-${id}`}
      className={`question${conflict ? ' question--conflict' : ''}`}
      disabled={!editable}
      aria-describedby={describedBy}
      {...handlers}
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
        <CarriedOverReview questionId={id} editable={editable} />
      ) : null}

      <div key={adopted?.key ?? 0} className="question__body">
        {question.kind === 'choice' || question.kind === 'yes-no' ? (
          <ChoiceRadios question={question} defaultAnswer={defaults.answer} />
        ) : null}
        {question.kind === 'checklist' ? (
          <ChecklistBoxes question={question} defaultItems={defaults.items} />
        ) : null}
        {question.kind === 'number' ? (
          <NumberField question={question} defaultValue={defaults.number} />
        ) : null}
        {question.kind === 'checklist' || question.kind === 'number' ? (
          <SpecialAnswer question={question} defaultValue={defaults.special} />
        ) : null}
        {question.kind === 'text' ? (
          <TextAnswer question={question} defaultValue={defaults.text} />
        ) : null}
        <AnswerNotes question={question} comment={defaults.comment} evidence={defaults.evidence} />
      </div>

      <QuestionGuidance question={question} />

      <div className="question__status" id={`${id}-status`} aria-live="polite">
        {conflict ? (
          <ConflictNotice
            question={question}
            theirs={conflict}
            onResolve={state.kind === 'conflict' ? onResolve : undefined}
          />
        ) : null}
        <SaveStatus state={state} result={result} answer={answer} historyUrl={historyUrl} />
      </div>
    </fieldset>
  );
}
