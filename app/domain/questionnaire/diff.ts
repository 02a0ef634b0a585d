import type { Question, Questionnaire } from './schema';
import { questionIndex, scaleOptions } from './tree';

export interface VersionDiff {
  from: string;
  to: string;
  addedDomains: string[];
  removedDomains: string[];
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  split: { from: string; to: string[] }[];
  merged: { from: string[]; to: string }[];
  /** Questions of the older version gone from the newer one on purpose, as the map says. */
  dropped: string[];
  /** Same question (same id, or renamed), with other words. */
  reworded: { id: string; fields: string[] }[];
  /** Same question, scored differently: what an answer is worth changed. */
  rescored: { id: string; fields: string[] }[];
  moved: { id: string; from: string; to: string }[];
}

/** The value with every map's keys sorted: the order of languages or option ids means nothing. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, canonical(inner)]),
  );
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Options and items by id: listing them in another order changes no words and no worth. */
function byId<T extends { id: string }>(
  list: readonly T[] | undefined,
  pick: (item: T) => unknown,
) {
  return list && Object.fromEntries(list.map((item) => [item.id, pick(item)]));
}

function wording(q: Questionnaire, question: Question): Record<string, unknown> {
  const words: Record<string, unknown> = {
    text: question.text,
    help: question.help,
    guidance: question.guidance,
    evidence: question.evidence,
  };
  if (question.kind === 'choice') words.options = question.options;
  if (question.kind === 'checklist') words.items = byId(question.items, (i) => i.label);
  if (question.kind === 'number') words.unit = question.unit;
  if (question.kind === 'choice' && !question.options)
    words.scale = byId(scaleOptions(q, question.scale), (o) => o.label);
  return words;
}

function scoring(q: Questionnaire, question: Question): Record<string, unknown> {
  // A text question is never scored: its weight and counting rules have no effect.
  if (question.kind === 'text') return { kind: question.kind };
  const rules: Record<string, unknown> = {
    kind: question.kind,
    weight: question.weight ?? 1,
    level: question.level,
    notApplicable: question.notApplicable ?? q.answers.notApplicable,
    dontKnow: question.dontKnow ?? q.answers.dontKnow,
  };
  switch (question.kind) {
    case 'choice':
      rules.values = byId(scaleOptions(q, question.scale), (o) => o.value);
      break;
    case 'checklist': {
      // A share counts every item alike, whatever value an item declares.
      const worth = (i: { value?: number }) => (question.score === 'share' ? 1 : (i.value ?? 1));
      rules.values = [question.score, byId(question.items, worth)];
      break;
    }
    case 'yes-no': {
      const { yes, partly, no } = { yes: 1, partly: 0.5, no: 0, ...question.values };
      rules.values = question.partly === false ? { yes, no } : { yes, partly, no };
      break;
    }
    case 'number':
      rules.values = [question.thresholds, question.min, question.max];
      break;
  }
  return rules;
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys({ ...a, ...b }).filter((key) => !same(a[key], b[key]));
}

/** What changed between two versions of a questionnaire, question by question. */
export function diffVersions(before: Questionnaire, after: Questionnaire): VersionDiff {
  const old = questionIndex(before);
  const now = questionIndex(after);
  const changes = after.changes ?? {};
  // The map of `after` describes the step from the version it revises: an entry that does not
  // lead from questions of `before` to questions of `after` says nothing about these two.
  const holds = (from: readonly string[], to: readonly string[]) =>
    from.every((id) => old.has(id)) && to.every((id) => now.has(id));
  const renamed = Object.entries(changes.renamed ?? {})
    .map(([from, to]) => ({ from, to }))
    .filter((r) => holds([r.from], [r.to]));
  const split = Object.entries(changes.split ?? {})
    .map(([from, to]) => ({ from, to }))
    .filter((s) => holds([s.from], s.to));
  const merged = Object.entries(changes.merged ?? {})
    .map(([to, from]) => ({ from, to }))
    .filter((m) => holds(m.from, [m.to]));
  const mappedNew = new Set([
    ...renamed.map((r) => r.to),
    ...split.flatMap((s) => s.to),
    ...merged.map((m) => m.to),
  ]);
  const dropped = (changes.dropped ?? []).filter((id) => old.has(id) && !now.has(id));
  const mappedOld = new Set([
    ...renamed.map((r) => r.from),
    ...split.map((s) => s.from),
    ...merged.flatMap((m) => m.from),
    ...dropped,
  ]);

  const diff: VersionDiff = {
    from: before.version,
    to: after.version,
    addedDomains: after.domains
      .map((d) => d.id)
      .filter((id) => !before.domains.some((d) => d.id === id)),
    removedDomains: before.domains
      .map((d) => d.id)
      .filter((id) => !after.domains.some((d) => d.id === id)),
    added: [...now.keys()].filter((id) => !old.has(id) && !mappedNew.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id) && !mappedOld.has(id)),
    renamed,
    split,
    merged,
    dropped,
    reworded: [],
    rescored: [],
    moved: [],
  };

  const pairs: [string, string][] = [
    ...[...old.keys()].filter((id) => now.has(id)).map((id): [string, string] => [id, id]),
    ...renamed.map((r): [string, string] => [r.from, r.to]),
  ];
  for (const [fromId, toId] of pairs) {
    const a = old.get(fromId);
    const b = now.get(toId);
    if (!a || !b) continue;
    const words = changedFields(wording(before, a.node), wording(after, b.node));
    if (words.length) diff.reworded.push({ id: toId, fields: words });
    const rules = changedFields(scoring(before, a.node), scoring(after, b.node));
    if (rules.length) diff.rescored.push({ id: toId, fields: rules });
    if (a.domainId !== b.domainId) diff.moved.push({ id: toId, from: a.domainId, to: b.domainId });
  }
  return diff;
}
