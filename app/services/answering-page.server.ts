import { randomUUID } from 'node:crypto';
import type { TFunction } from 'i18next';
import { answerView, domainQuestions, questionView, type QuestionView } from '~/domain/answering';
import type { AnswerView } from '~/domain/autosave-contract';
import { can, type Actor, type OrganisationTarget } from '~/domain/policy';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { listAnswerRecords } from '~/models/answer.server';
import type { AssessmentSummary } from '~/models/assessment.server';
import { assigneesOf } from '~/models/domain-work.server';
import { listModules } from '~/models/questionnaire.server';

export interface AnsweringPage {
  base: string;
  domain: { id: string; number: number; title: string; description: string | null };
  questions: { view: QuestionView; answer: AnswerView | null }[];
  /** The person may change these answers (the assessment may still be submitted: see status). */
  canAnswer: boolean;
  status: AssessmentSummary['status'];
  /** The id the page's form is saved under, so that a form posted twice counts once. */
  operation: string;
  previous: { id: string; title: string } | null;
  next: { id: string; title: string } | null;
  meta: { title: string; site: string };
}

/**
 * One domain of an assessment, as the person answering it sees it: its questions numbered, each
 * with its answer so far, and the domains before and after. Undefined for a domain that the
 * questionnaire does not have.
 */
export function answeringPage(input: {
  actor: Actor;
  organisationId: number;
  assessment: AssessmentSummary;
  definition: Questionnaire;
  /** The assessment as the policy sees it (requireAssessment's target). */
  target: OrganisationTarget;
  domainId: string | undefined;
  locale: string;
  t: TFunction;
}): AnsweringPage | undefined {
  const { assessment, definition, locale, t } = input;
  const found = input.domainId ? domainQuestions(definition, input.domainId) : undefined;
  if (!found) return undefined;
  const { domain, number, questions } = found;
  const records = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const modules = listModules(assessment.questionnaireId);
  const neighbour = (offset: number) => {
    const d = definition.domains[number - 1 + offset];
    return d ? { id: d.id, title: textIn(d.title, locale) } : null;
  };
  const assignees = assigneesOf(assessment.id, domain.id);
  return {
    base: `/o/${input.organisationId}/assessments/${assessment.id}`,
    domain: {
      id: domain.id,
      number,
      title: textIn(domain.title, locale),
      description: domain.description ? textIn(domain.description, locale) : null,
    },
    questions: questions.map((q, i) => ({
      view: questionView(definition, q, `${number}.${i + 1}`, locale, modules),
      answer: answerView(records.get(q.id)),
    })),
    canAnswer: can(input.actor, 'assessment:answer', { ...input.target, assignees }),
    status: assessment.status,
    operation: randomUUID(),
    previous: neighbour(-1),
    next: neighbour(1),
    meta: {
      title: `${textIn(domain.title, locale)} · ${t('header.title', { cycle: assessment.cycle })}`,
      site: t('common:app.name'),
    },
  };
}
