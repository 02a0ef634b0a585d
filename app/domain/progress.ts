import type { Questionnaire } from './questionnaire/schema';
import { questionsOf } from './questionnaire/tree';

export interface DomainProgress {
  domainId: string;
  answered: number;
  total: number;
  needsReview: number;
  /** Question ids still without an answer, in questionnaire order. */
  unanswered: string[];
}

/** How far each domain is: answered out of all questions (text questions included). */
export function progressByDomain(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, { needsReview?: boolean }>,
): DomainProgress[] {
  return questionnaire.domains.map((domain) => {
    const questions = questionsOf(domain);
    const unanswered = questions.filter((q) => !answers.has(q.id)).map((q) => q.id);
    return {
      domainId: domain.id,
      answered: questions.length - unanswered.length,
      total: questions.length,
      needsReview: questions.filter((q) => answers.get(q.id)?.needsReview).length,
      unanswered,
    };
  });
}
