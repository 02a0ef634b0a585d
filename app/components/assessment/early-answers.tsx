import { useNonce } from '../nonce';

/*
 * On a slow link the answering page can be clicked seconds before its scripts take over. What is
 * chosen or typed in that time must not be lost: this small inline script (it runs as the page is
 * parsed) notes every question touched before hydration, with all of its fields as they then
 * stand, and warns before leaving while such answers are unsaved. Once hydrated, each question
 * takes its note (takeEarlyAnswer), puts the values back (React may reset a select or a textarea
 * while hydrating) and saves them. A plain submit of the form saves them too, so it never warns.
 */

const GLOBAL = '__answersBeforeHydration';

const script = `(function () {
  var early = (window.${GLOBAL} = {});
  var submitting = false;
  function hydrated() { return document.documentElement.dataset.hydrated === 'true'; }
  function note(event) {
    var field = event.target;
    var form = field && field.form;
    if (hydrated() || !form || form.dataset.autosave !== 'on' || !field.name) return;
    var id = field.name.split('::')[0];
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name.indexOf(id + '::') === 0 && name !== id + '::revision')
        fields.push([name, value]);
    });
    early[id] = fields;
  }
  document.addEventListener('input', note, true);
  document.addEventListener('change', note, true);
  document.addEventListener('submit', function () { submitting = true; }, true);
  window.addEventListener('beforeunload', function (event) {
    if (!submitting && !hydrated() && Object.keys(early).length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();`;

declare global {
  interface Window {
    [GLOBAL]?: Record<string, [string, string][] | undefined>;
  }
}

/** Renders the inline script; place it before the answering form. */
export function EarlyAnswers() {
  const nonce = useNonce();
  return (
    <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: script }} />
  );
}

/** The fields of a question as they were set before hydration, once (undefined if untouched). */
export function takeEarlyAnswer(questionId: string): [string, string][] | undefined {
  const early = window[GLOBAL];
  const fields = early?.[questionId];
  if (early) delete early[questionId];
  return fields;
}

/** Puts a question's noted values back into its fields (radios, boxes, texts and selects). */
export function restoreFields(fieldset: HTMLFieldSetElement, fields: [string, string][]) {
  const values = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);
  for (const element of fieldset.elements) {
    if (element instanceof HTMLInputElement) {
      if (element.type === 'radio' || element.type === 'checkbox')
        element.checked = values(element.name).includes(element.value);
      else if (element.type !== 'hidden') element.value = values(element.name)[0] ?? '';
    } else if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      element.value = values(element.name)[0] ?? '';
    }
  }
}
