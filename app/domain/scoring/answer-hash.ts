import type { Answer } from './answers';

export interface StoredAnswer extends Answer {
  questionId: string;
  comment: string;
  evidence: readonly string[];
}

/**
 * A canonical text of a set of answers (sorted by question, fixed key order): hashed on
 * submission, it lets anyone check later that the record did not change.
 */
export function canonicalAnswers(answers: readonly StoredAnswer[]): string {
  const sorted = [...answers].sort((a, b) =>
    a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0,
  );
  return JSON.stringify(
    sorted.map((a) => [a.questionId, a.state, a.value ?? null, a.comment, [...a.evidence]]),
  );
}
