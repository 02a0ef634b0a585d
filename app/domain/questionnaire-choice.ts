import { slug } from './questionnaire/schema';

/*
 * Which questionnaire a parliament's own pages (dashboard and its files, learning path, what
 * others see) show when it has submitted several. The address may ask for one
 * (`?questionnaire=<id>`); otherwise the flagship, the deployment's main questionnaire
 * (FLAGSHIP_QUESTIONNAIRE), comes first, because a later submission of a smaller model must not
 * hide it.
 */

export interface Submitted {
  questionnaireId: string;
  title: string;
}

export interface Choice<T extends Submitted> {
  shown: T;
  /** Every submitted questionnaire, as offered: the flagship first, then by title. */
  options: T[];
  /** The address asked for a questionnaire that is unknown, malformed or not submitted. */
  unavailable: boolean;
}

/**
 * The questionnaire asked for, when the parliament submitted it; else the flagship, when it
 * submitted that; else the one it submitted last. `submitted` holds one entry per questionnaire,
 * newest submission first. Undefined when nothing was submitted.
 */
export function chooseQuestionnaire<T extends Submitted>(input: {
  submitted: readonly T[];
  requested: string | null | undefined;
  flagship: string;
}): Choice<T> | undefined {
  const { submitted, requested, flagship } = input;
  const asked = requested ? slug.safeParse(requested) : undefined;
  const match = asked?.success
    ? submitted.find((s) => s.questionnaireId === asked.data)
    : undefined;
  const shown = match ?? submitted.find((s) => s.questionnaireId === flagship) ?? submitted[0];
  if (!shown) return undefined;
  const options = [...submitted].sort(
    (a, b) =>
      Number(b.questionnaireId === flagship) - Number(a.questionnaireId === flagship) ||
      a.title.localeCompare(b.title) ||
      a.questionnaireId.localeCompare(b.questionnaireId),
  );
  return { shown, options, unavailable: Boolean(requested) && !match };
}
