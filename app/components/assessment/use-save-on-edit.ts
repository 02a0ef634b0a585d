import { useRef, type FormEvent } from 'react';

/** Typed into rather than chosen: saved after a pause in typing, or on leaving the field. */
const typed = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && target.type === 'number');

const PAUSE = 1_200;

/**
 * The handlers of a question's fieldset: every change counts as an edit; a choice is saved at
 * once, typing after a pause (or when the field is left before the pause is over).
 */
export function useSaveOnEdit({
  editable,
  edited,
  saveNow,
}: {
  editable: boolean;
  edited: () => void;
  saveNow: () => void;
}) {
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const onChange = (event: FormEvent) => {
    if (!editable) return;
    // React's onChange fires for every keystroke and every click on a choice: one edit each.
    edited();
    if (typed(event.target)) return;
    clearTimeout(debounce.current);
    saveNow();
  };
  const onInput = (event: FormEvent) => {
    if (!editable || !typed(event.target)) return;
    clearTimeout(debounce.current);
    debounce.current = setTimeout(saveNow, PAUSE);
  };
  const onBlur = (event: FormEvent) => {
    const target = event.target;
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

  return { onChange, onInput, onBlur };
}
