import { quantile } from './statistics';

/*
 * A hub coordinator's view of a hub: a median row, the movement of each domain between two
 * cycles, and who leads or lags in a domain. Pure functions of the members' scores.
 */

export function median(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return present.length ? quantile(present, 0.5) : null;
}

export type Movement = 'improved' | 'steady' | 'declined';

/** Per member present in both cycles: did the domain's level go up, stay, or go down? */
export function movement(
  before: ReadonlyMap<number, number | null>,
  after: ReadonlyMap<number, number | null>,
): Record<Movement, number> {
  const counts: Record<Movement, number> = { improved: 0, steady: 0, declined: 0 };
  for (const [member, level] of after) {
    const earlier = before.get(member);
    if (level === null || earlier === null || earlier === undefined) continue;
    counts[level > earlier ? 'improved' : level < earlier ? 'declined' : 'steady'] += 1;
  }
  return counts;
}

export interface Standing {
  organisationId: number;
  score: number;
}

/**
 * Leaders are the members in the top third of a domain's scores, laggards those in the bottom
 * third (at least one each), when at least three members have a score and the scores differ.
 */
export function leadersAndLaggards(scores: readonly Standing[]): {
  leaders: Standing[];
  laggards: Standing[];
} {
  const sorted = [...scores].sort(
    (a, b) => b.score - a.score || a.organisationId - b.organisationId,
  );
  const first = sorted[0];
  const last = sorted.at(-1);
  if (sorted.length < 3 || !first || !last || first.score === last.score)
    return { leaders: [], laggards: [] };
  const third = Math.max(1, Math.floor(sorted.length / 3));
  const leaders = sorted.slice(0, third).filter((s) => s.score > last.score);
  const laggards = sorted.slice(-third).filter((s) => s.score < first.score);
  return { leaders, laggards };
}

export type SortKey = 'name' | 'overall' | string;

/** Sorts heat-map rows by name, by overall score, or by a domain's score (missing scores last). */
export function sortRows<T extends { name: string; scores: ReadonlyMap<string, number | null> }>(
  rows: readonly T[],
  key: SortKey,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name);
    const x = a.scores.get(key) ?? null;
    const y = b.scores.get(key) ?? null;
    if (x === null && y === null) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || a.name.localeCompare(b.name);
  });
}
