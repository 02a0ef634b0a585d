import { chooseQuestionnaire } from '~/domain/questionnaire-choice';
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

/**
 * The questionnaire that a parliament's dashboard, its files, its learning path and "what others
 * see" show for `?questionnaire=` (the rule is chooseQuestionnaire's), with the parliament's
 * latest submitted assessment of it. Undefined before any submission.
 */
export function shownQuestionnaire(
  organisationId: number,
  requested: string | null | undefined,
  locale: string,
): { assessment: SubmittedAssessment; choice: QuestionnaireChoiceView } | undefined {
  const submitted = latestSubmittedByQuestionnaire(organisationId).map((assessment) => {
    const definition = getDefinition(assessment.versionId);
    return {
      questionnaireId: assessment.questionnaireId,
      title: definition ? textIn(definition.title, locale) : assessment.questionnaireId,
      assessment,
    };
  });
  const choice = chooseQuestionnaire({
    submitted,
    requested,
    flagship: getEnv().FLAGSHIP_QUESTIONNAIRE,
  });
  if (!choice) return undefined;
  const option = (s: (typeof submitted)[number]) => ({ id: s.questionnaireId, title: s.title });
  return {
    assessment: choice.shown.assessment,
    choice: {
      shown: option(choice.shown),
      options: choice.options.map(option),
      unavailable: choice.unavailable,
    },
  };
}
