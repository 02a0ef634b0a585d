import { learningPath } from '~/domain/learning-path';
import type { CourseModule, Questionnaire } from '~/domain/questionnaire/schema';
import { hasTranslation, textIn, type LocalizedText } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import {
  getDefinition,
  latestPublishedVersion,
  listModuleEntries,
} from '~/models/questionnaire.server';
import { shownQuestionnaire, type QuestionnaireChoiceView } from './questionnaire-choice.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';

/** The newest published definition of a questionnaire (domain and question titles come from it). */
export function latestDefinition(questionnaireId: string): Questionnaire | undefined {
  const version = latestPublishedVersion(questionnaireId);
  return version ? getDefinition(version.id) : undefined;
}

export interface ModuleCard {
  id: string;
  title: string;
  summary: string;
  levels: { from: number; to: number };
  duration: number;
  domains: { id: string; title: string }[];
  translated: boolean;
}

/** A module as a card, in the reader's language; `translated` is false when English stands in. */
export function moduleCard(
  module: CourseModule,
  definition: Questionnaire | undefined,
  locale: string,
): ModuleCard {
  const domains = new Set(module.domains);
  if (definition) {
    const index = questionIndex(definition);
    for (const questionId of module.questions) {
      const domainId = index.get(questionId)?.domainId;
      if (domainId) domains.add(domainId);
    }
    for (const domain of definition.domains)
      if ((domain.modules ?? []).includes(module.id)) domains.add(domain.id);
  }
  return {
    id: module.id,
    title: textIn(module.title, locale),
    summary: textIn(module.summary, locale),
    levels: module.levels,
    duration: module.duration,
    domains: [...domains].map((id) => ({
      id,
      title: textIn(definition?.domains.find((d) => d.id === id)?.title ?? id, locale),
    })),
    translated: isTranslated(module.title, locale) && isTranslated(module.body, locale),
  };
}

export function isTranslated(text: LocalizedText, locale: string): boolean {
  return locale === 'en' || hasTranslation(text, locale);
}

/** Every module with its questionnaire's latest definition. */
export function allModules(): { module: CourseModule; definition: Questionnaire | undefined }[] {
  const definitions = new Map<string, Questionnaire | undefined>();
  return listModuleEntries().map(({ questionnaireId, module }) => {
    if (!definitions.has(questionnaireId))
      definitions.set(questionnaireId, latestDefinition(questionnaireId));
    return { module, definition: definitions.get(questionnaireId) };
  });
}

export interface PathView {
  cycle: number;
  steps: {
    module: ModuleCard;
    reasons: {
      domain: string;
      current: number;
      aim: number;
      aimIsNextLevel: boolean;
      questions: string[];
    }[];
  }[];
}

export interface OrganisationPathView extends PathView {
  /** The questionnaire the path comes from, and the others this parliament submitted. */
  choice: QuestionnaireChoiceView;
}

/**
 * The learning path of an organisation, from its latest submitted assessment of the questionnaire
 * shown (`questionnaire` as the address asks for it: see shownQuestionnaire) and that assessment's
 * targets, described in the reader's language. Undefined before any submission.
 */
export function organisationPath(
  organisationId: number,
  locale: string,
  questionnaire?: string | null,
): OrganisationPathView | undefined {
  const shown = shownQuestionnaire({ organisationId, requested: questionnaire, locale });
  const path = shown?.definition ? pathOf(shown.assessment, shown.definition, locale) : undefined;
  return shown && path ? { ...path, choice: shown.choice } : undefined;
}

/** The learning path that one submitted assessment's gaps and targets call for. */
export function assessmentPath(
  assessment: { id: number; versionId: number; questionnaireId: string; cycle: number },
  locale: string,
): PathView | undefined {
  const definition = getDefinition(assessment.versionId);
  return definition ? pathOf(assessment, definition, locale) : undefined;
}

function pathOf(
  assessment: { id: number; questionnaireId: string; cycle: number },
  definition: Questionnaire,
  locale: string,
): PathView {
  const entries = listModuleEntries(assessment.questionnaireId);
  const latest = latestDefinition(assessment.questionnaireId) ?? definition;
  const steps = learningPath({
    questionnaire: definition,
    nodes: readSnapshot(assessment.id),
    targets: readTargets(assessment.id),
    modules: entries.map((e) => e.module),
  });
  const index = questionIndex(definition);
  return {
    cycle: assessment.cycle,
    steps: steps.flatMap((step) => {
      const module = entries.find((e) => e.module.id === step.moduleId)?.module;
      if (!module) return [];
      return [
        {
          module: moduleCard(module, latest, locale),
          reasons: step.reasons.map((r) => ({
            domain: textIn(
              definition.domains.find((d) => d.id === r.domainId)?.title ?? r.domainId,
              locale,
            ),
            current: r.current,
            aim: r.aim,
            aimIsNextLevel: r.aimIsNextLevel,
            questions: r.questions.map((id) => textIn(index.get(id)?.node.text ?? id, locale)),
          })),
        },
      ];
    }),
  };
}
