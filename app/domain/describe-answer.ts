import type { Question, Questionnaire } from './questionnaire/schema';
import { textIn } from './questionnaire/text';
import { scaleOptions } from './questionnaire/tree';

/** The translation of an i18n key in the reader's language (i18next's `t` is one). */
export type Translate = (key: string) => string;

/** An answer in words, in the reader's language (for history and exports). */
export function describeAnswer(
  questionnaire: Questionnaire,
  question: Question,
  answer: { state?: unknown; value?: unknown } | null | undefined,
  locale: string,
  t: Translate,
): string {
  if (!answer || typeof answer.state !== 'string') return t('assessment:answer.none');
  if (answer.state === 'not-applicable') return t('assessment:answer.notApplicable');
  if (answer.state === 'dont-know') return t('assessment:answer.dontKnow');
  const value = answer.value;
  switch (question.kind) {
    case 'choice': {
      const option = scaleOptions(questionnaire, question.scale)?.find((o) => o.id === value);
      return option ? textIn(option.label, locale) : String(value);
    }
    case 'yes-no':
      return t(`assessment:answer.yesno.${String(value)}`);
    case 'checklist':
      if (!Array.isArray(value) || value.length === 0) return t('assessment:answer.noneOfThese');
      return value
        .map((id) => textIn(question.items.find((i) => i.id === id)?.label ?? String(id), locale))
        .join('; ');
    case 'number':
      return `${String(value)}${question.unit ? ` ${textIn(question.unit, locale)}` : ''}`;
    case 'text':
      return String(value ?? '');
  }
}
