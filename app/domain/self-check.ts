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

const CHECK_FIELD = 'check::';

/** The form field of a self-check question: one group of radio buttons per question. */
export function checkFieldName(questionId: string): string {
  return `${CHECK_FIELD}${questionId}`;
}

/**
 * The options chosen in a posted self-check, by question id, from a form read into an object.
 * Form readers take a dot in a field's name for nesting (`check::a.b` arrives as
 * `{ 'check::a': { b: ... } }`), so a dotted question id is put together again; of a field sent
 * twice, the first value counts.
 */
export function postedCheckAnswers(
  payload: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const answers: Record<string, string> = {};
  const take = (id: string, value: unknown): void => {
    if (typeof value === 'string') answers[id] = value;
    else if (Array.isArray(value)) take(id, value[0]);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) take(`${id}.${key}`, inner);
  };
  for (const [name, value] of Object.entries(payload))
    if (name.startsWith(CHECK_FIELD)) take(name.slice(CHECK_FIELD.length), value);
  return answers;
}
