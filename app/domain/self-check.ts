import type { CourseModule } from './questionnaire/schema';

export interface CheckResult {
  score: number;
  passed: boolean;
  /** Per question: what was chosen, what was right, whether it matched. */
  questions: { id: string; chosen: string | null; correct: string; right: boolean }[];
}

/**
 * Scores a module's self-check: the share of questions answered with the correct option; passed
 * when it reaches the module's pass mark. An unanswered question counts as wrong.
 */
export function scoreCheck(
  module: CourseModule,
  chosen: Readonly<Record<string, string | undefined>>,
): CheckResult | undefined {
  const check = module.check;
  if (!check) return undefined;
  const questions = check.questions.map((q) => {
    const correct = q.options.find((o) => o.correct)?.id ?? '';
    const pick = chosen[q.id] ?? null;
    return { id: q.id, chosen: pick, correct, right: pick === correct };
  });
  const score = questions.filter((q) => q.right).length / questions.length;
  return { score, passed: score + 1e-9 >= check.passMark, questions };
}
