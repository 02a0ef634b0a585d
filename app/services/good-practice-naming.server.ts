import { setGoodPractice } from '~/models/good-practice.server';
import { shownQuestionnaire } from './questionnaire-choice.server';

export type NamingOutcome = { status: 'saved' };

/**
 * The domains of the questionnaire shown (the same rule as the page's) where the parliament
 * agrees to be named as a good-practice example. Ids that are not among them are ignored, and
 * the choices made for another questionnaire's domains stay as they are.
 */
export function nameGoodPractice(input: {
  organisationId: number;
  userId: number;
  questionnaire: string | null | undefined;
  domains: readonly string[];
  locale: string;
}): NamingOutcome {
  const shown = shownQuestionnaire({
    organisationId: input.organisationId,
    requested: input.questionnaire,
    locale: input.locale,
  });
  const known = new Set(shown?.definition?.domains.map((d) => d.id) ?? []);
  setGoodPractice(
    input.organisationId,
    input.domains.filter((id) => known.has(id)),
    input.userId,
    [...known],
  );
  return { status: 'saved' };
}
