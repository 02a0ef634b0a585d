import { progressOf } from '~/models/learning.server';
import { allModules, moduleCard, type ModuleCard } from './learning.server';

export interface CatalogueView {
  /** The modules the filter lets through, with the learner's progress in each. */
  modules: (ModuleCard & { status: 'started' | 'completed' | null })[];
  /** Every domain some module serves, by title. */
  domains: { id: string; title: string }[];
  /** The current levels some module helps to leave, from the modules themselves. */
  levels: number[];
  filter: { domain: string; level: number | null };
}

/**
 * The course catalogue for a learner, in the reader's language, narrowed to the modules of one
 * domain (`domain`: '' for all) and those that help to leave one level (`level`: null for all).
 */
export function catalogueView(input: {
  userId: number;
  locale: string;
  domain: string;
  level: number | null;
}): CatalogueView {
  const { domain, level } = input;
  const progress = progressOf(input.userId);
  const cards = allModules().map(({ module, definition }) =>
    moduleCard(module, definition, input.locale),
  );
  const domains = new Map<string, string>();
  for (const card of cards) for (const d of card.domains) domains.set(d.id, d.title);
  const shown = cards.filter(
    (c) =>
      (!domain || c.domains.some((d) => d.id === domain)) &&
      (level === null || (c.levels.from <= level && c.levels.to > level)),
  );
  return {
    modules: shown.map((c) => ({ ...c, status: progress.get(c.id)?.status ?? null })),
    domains: [...domains]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    levels: [
      ...new Set(
        cards.flatMap((c) =>
          Array.from({ length: c.levels.to - c.levels.from }, (_, i) => c.levels.from + i),
        ),
      ),
    ].sort((a, b) => a - b),
    filter: { domain, level },
  };
}
