import { chooseQuestionnaire } from '~/domain/questionnaire-choice';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { getEnv } from '~/lib/env.server';
import { getDefinition } from '~/models/questionnaire.server';
import {
  latestSubmittedByQuestionnaire,
  type SubmittedAssessment,
} from '~/models/assessment.server';

export interface QuestionnaireOption {
  id: string;
  title: string;
}

/** What a page says about the questionnaire it shows, and which others it can show. */
export interface QuestionnaireChoiceView {
  shown: QuestionnaireOption;
  options: QuestionnaireOption[];
  /** The address asked for a questionnaire this parliament has not submitted. */
  unavailable: boolean;
}

export interface ShownQuestionnaire {
  /** The parliament's latest submitted assessment of the questionnaire shown. */
  assessment: SubmittedAssessment;
  /** The definition of the version that assessment answers (read here once for its title). */
  definition: Questionnaire | undefined;
  choice: QuestionnaireChoiceView;
}

/**
 * The questionnaire that a parliament's dashboard, its files, its learning path and "what others
 * see" show for `?questionnaire=` (`requested`; the rule is chooseQuestionnaire's), with the
 * parliament's latest submitted assessment of it. Undefined before any submission.
 */
export function shownQuestionnaire(input: {
  organisationId: number;
  requested: string | null | undefined;
  locale: string;
}): ShownQuestionnaire | undefined {
  const submitted = latestSubmittedByQuestionnaire(input.organisationId).map((assessment) => {
    const definition = getDefinition(assessment.versionId);
    return {
      questionnaireId: assessment.questionnaireId,
      title: definition ? textIn(definition.title, input.locale) : assessment.questionnaireId,
      assessment,
      definition,
    };
  });
  const choice = chooseQuestionnaire({
    submitted,
    requested: input.requested,
    flagship: getEnv().FLAGSHIP_QUESTIONNAIRE,
  });
  if (!choice) return undefined;
  const option = (s: (typeof submitted)[number]) => ({ id: s.questionnaireId, title: s.title });
  return {
    assessment: choice.shown.assessment,
    definition: choice.shown.definition,
    choice: {
      shown: option(choice.shown),
      options: choice.options.map(option),
      unavailable: choice.unavailable,
    },
  };
}
