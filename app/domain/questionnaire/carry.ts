import type { Answer } from '../scoring/answers';
import { checkAnswer } from '../scoring/answers';
import type { Questionnaire } from './schema';
import { questionIndex } from './tree';

/**
 * Carries answers from a version to the next (`to`) through the newer version's map: an id that
 * stayed keeps its answer, a renamed question follows its new id, a split question gives its
 * answer to each part, a merged question takes the first answer of its sources, a dropped one
 * is left behind. An answer that no longer fits its question (an option that went away) is left
 * behind too.
 */
export function carryOneStep<T extends Answer>(
  to: Questionnaire,
  answers: ReadonlyMap<string, T>,
): Map<string, T> {
  const target = questionIndex(to);
  const carried = new Map<string, T>();
  const put = (id: string, answer: T | undefined) => {
    const entry = target.get(id);
    if (!answer || !entry || carried.has(id)) return;
    const check = checkAnswer(to, entry.node, answer);
    if (check.ok) carried.set(id, { ...answer, ...check.answer });
  };
  const changes = to.changes ?? {};
  const moved = new Set<string>();
  for (const [old, renamed] of Object.entries(changes.renamed ?? {})) {
    put(renamed, answers.get(old));
    moved.add(old);
  }
  for (const [old, parts] of Object.entries(changes.split ?? {})) {
    for (const part of parts) put(part, answers.get(old));
    moved.add(old);
  }
  for (const [merged, sources] of Object.entries(changes.merged ?? {})) {
    put(
      merged,
      sources.map((s) => answers.get(s)).find((a) => a !== undefined),
    );
    for (const s of sources) moved.add(s);
  }
  for (const [id, answer] of answers) {
    if (!moved.has(id) && target.has(id)) put(id, answer);
  }
  return carried;
}

/**
 * Carries answers across a chain of versions, oldest first (the answers belong to the first,
 * the result to the last). The same version is the identity.
 */
export function carryAnswers<T extends Answer>(
  chain: readonly Questionnaire[],
  answers: ReadonlyMap<string, T>,
): Map<string, T> {
  let current = new Map(answers);
  for (const to of chain.slice(1)) current = carryOneStep(to, current);
  return current;
}
