import type { Group, Question, Questionnaire } from './schema';
import type { LocalizedText } from './text';
import type { PathSegment } from './problems';

export interface GroupEntry {
  kind: 'group';
  node: Group;
  path: PathSegment[];
  depth: number;
  /** The first-level group (domain) this node belongs to; a domain is its own domain. */
  domainId: string;
  parentId: string | null;
}

export interface QuestionEntry {
  kind: 'question';
  node: Question;
  path: PathSegment[];
  depth: number;
  domainId: string;
  parentId: string;
}

export type TreeEntry = GroupEntry | QuestionEntry;

function* walkGroup(
  group: Group,
  path: PathSegment[],
  depth: number,
  domainId: string,
  parentId: string | null,
): Generator<TreeEntry> {
  yield { kind: 'group', node: group, path, depth, domainId, parentId };
  for (const [index, child] of (group.groups ?? []).entries()) {
    yield* walkGroup(child, [...path, 'groups', index], depth + 1, domainId, group.id);
  }
  for (const [index, question] of (group.questions ?? []).entries()) {
    yield {
      kind: 'question',
      node: question,
      path: [...path, 'questions', index],
      depth: depth + 1,
      domainId,
      parentId: group.id,
    };
  }
}

/** Every group and question, depth first, in file order, with where it sits. Domains are depth 1. */
export function* walkTree(questionnaire: Questionnaire): Generator<TreeEntry> {
  for (const [index, domain] of questionnaire.domains.entries()) {
    yield* walkGroup(domain, ['domains', index], 1, domain.id, null);
  }
}

export function questionsOf(group: Group): Question[] {
  return [...(group.groups ?? []).flatMap(questionsOf), ...(group.questions ?? [])];
}

export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.domains.flatMap(questionsOf);
}

export function isScored(question: Question): boolean {
  return question.kind !== 'text';
}

export interface ScaleOption {
  id: string;
  value: number;
  label: LocalizedText;
}

/** The options of a named scale; "maturity" is the maturity levels themselves. */
export function scaleOptions(
  questionnaire: Questionnaire,
  scaleId: string,
): ScaleOption[] | undefined {
  if (scaleId === 'maturity') {
    return questionnaire.maturity.levels.map((level) => ({
      id: String(level.level),
      value: level.level,
      label: level.name,
    }));
  }
  return questionnaire.scales?.[scaleId]?.options;
}

export function topLevel(questionnaire: Questionnaire): number {
  return Math.max(...questionnaire.maturity.levels.map((l) => l.level));
}

export function bottomLevel(questionnaire: Questionnaire): number {
  return Math.min(...questionnaire.maturity.levels.map((l) => l.level));
}

/** Question ids with the domain each belongs to, in file order. */
export function questionIndex(questionnaire: Questionnaire): Map<string, QuestionEntry> {
  const index = new Map<string, QuestionEntry>();
  for (const entry of walkTree(questionnaire)) {
    if (entry.kind === 'question') index.set(entry.node.id, entry);
  }
  return index;
}
