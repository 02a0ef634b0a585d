import type { CourseModule, Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { scoreCheck } from '~/domain/self-check';
import { renderMarkdown } from '~/lib/markdown.server';
import {
  markCompleted,
  markNotCompleted,
  markStarted,
  progressOf,
  recordAttempt,
  type Progress,
} from '~/models/learning.server';
import { getModuleEntry } from '~/models/questionnaire.server';
import { isTranslated, latestDefinition, moduleCard, type ModuleCard } from './learning.server';

/** A module with the latest definition of its questionnaire (domain and question titles). */
function findModule(
  moduleId: string,
): { module: CourseModule; definition: Questionnaire | undefined } | undefined {
  const entry = getModuleEntry(moduleId);
  return entry && { module: entry.module, definition: latestDefinition(entry.questionnaireId) };
}

export interface ModuleView {
  card: ModuleCard;
  objectives: string[];
  /** The body as HTML, from Markdown with raw HTML disabled (see markdown.server.ts). */
  body: string;
  bodyTranslated: boolean;
  /** The questionnaire's questions the module helps with. */
  questions: { id: string; text: string }[];
  check: {
    passMark: number;
    questions: { id: string; prompt: string; options: { id: string; text: string }[] }[];
  } | null;
  progress: Progress | null;
  meta: { title: string; description: string };
}

/** A module's page for a learner, in the reader's language; undefined for an unknown module. */
export function moduleView(input: {
  userId: number;
  moduleId: string;
  locale: string;
}): ModuleView | undefined {
  const found = findModule(input.moduleId);
  if (!found) return undefined;
  const { module, definition } = found;
  const { locale } = input;
  const index: ReturnType<typeof questionIndex> = definition
    ? questionIndex(definition)
    : new Map();
  const linkedQuestions = new Set(module.questions);
  for (const [id, entry] of index)
    if ((entry.node.modules ?? []).includes(module.id)) linkedQuestions.add(id);
  return {
    card: moduleCard(module, definition, locale),
    objectives: module.objectives.map((o) => textIn(o, locale)),
    body: renderMarkdown(textIn(module.body, locale), { headingOffset: 0 }),
    bodyTranslated: isTranslated(module.body, locale),
    questions: [...linkedQuestions].flatMap((id) => {
      const entry = index.get(id);
      return entry ? [{ id, text: textIn(entry.node.text, locale) }] : [];
    }),
    check: module.check
      ? {
          passMark: module.check.passMark,
          questions: module.check.questions.map((q) => ({
            id: q.id,
            prompt: textIn(q.prompt, locale),
            options: q.options.map((o) => ({ id: o.id, text: textIn(o.text, locale) })),
          })),
        }
      : null,
    progress: progressOf(input.userId).get(module.id) ?? null,
    meta: { title: textIn(module.title, locale), description: textIn(module.summary, locale) },
  };
}

/** What a learner asks of a module's page. */
export type ModuleRequest =
  | { intent: 'start' }
  | { intent: 'complete' }
  | { intent: 'uncomplete' }
  /** The options chosen in the self-check, by question id. */
  | { intent: 'check'; answers: Readonly<Record<string, string>> };

export interface CheckView {
  score: number;
  passed: boolean;
  /** The options chosen, by question id (only those the question offers). */
  chosen: Record<string, string>;
  questions: {
    id: string;
    chosen: string | null;
    correct: string;
    right: boolean;
    explanation: string;
  }[];
}

export type ModuleOutcome =
  | { status: 'not-found' }
  /** Nothing this page can do: no such intent, or a self-check the module does not have. */
  | { status: 'bad-request' }
  | { status: 'started' }
  /** A module with a self-check is completed by passing it, not by hand. */
  | { status: 'check-required'; intent: 'complete' | 'uncomplete' }
  | { status: 'completed' }
  | { status: 'uncompleted' }
  /** The attempt is kept; a pass completes the module. */
  | { status: 'checked'; check: CheckView };

/**
 * A learner starts a module, marks it completed or not, or sends its self-check. `request` is
 * undefined when the form said none of these.
 */
export function actOnModule(input: {
  userId: number;
  moduleId: string;
  locale: string;
  request: ModuleRequest | undefined;
}): ModuleOutcome {
  const module = getModuleEntry(input.moduleId)?.module;
  if (!module) return { status: 'not-found' };
  const { userId, request } = input;
  if (!request) return { status: 'bad-request' };
  if (request.intent === 'start') {
    markStarted(userId, module.id);
    return { status: 'started' };
  }
  if (request.intent === 'complete' || request.intent === 'uncomplete') {
    if (module.check) return { status: 'check-required', intent: request.intent };
    if (request.intent === 'complete') {
      markCompleted(userId, module.id);
      return { status: 'completed' };
    }
    markNotCompleted(userId, module.id);
    return { status: 'uncompleted' };
  }
  const check = module.check;
  if (!check) return { status: 'bad-request' };
  const chosen: Record<string, string> = {};
  for (const q of check.questions) {
    const value = request.answers[q.id];
    if (value !== undefined && q.options.some((o) => o.id === value)) chosen[q.id] = value;
  }
  const result = scoreCheck(module, chosen);
  if (!result) return { status: 'bad-request' };
  recordAttempt(userId, module.id, result, chosen);
  return {
    status: 'checked',
    check: {
      score: result.score,
      passed: result.passed,
      chosen,
      questions: result.questions.map((r) => {
        const question = check.questions.find((q) => q.id === r.id);
        return { ...r, explanation: question ? textIn(question.explanation, input.locale) : '' };
      }),
    },
  };
}
