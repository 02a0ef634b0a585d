/*
 * Peer statistics, and the rules that keep them from revealing any one parliament.
 *
 * Quantile method: linear interpolation between order statistics, "type 7" of Hyndman & Fan
 * (the default of R and NumPy, and Excel's PERCENTILE.INC): for sorted values x[0..n-1] and a
 * probability p, h = (n − 1)·p and Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * Percentile rank of a value v among peers: the share of peers below v, plus half the share
 * equal to v ("mid-rank"), times 100. A parliament above every peer ranks 100, below all 0.
 */

export interface Summary {
  count: number;
  mean: number;
  median: number;
  q1: number;
  q3: number;
  p10: number;
  p90: number;
}

export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of nothing');
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const a = sorted[lower] ?? 0;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] ?? a;
  return a + (h - lower) * (b - a);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}

export function percentileRank(value: number, peers: readonly number[]): number {
  if (peers.length === 0) throw new Error('rank among nobody');
  const EPS = 1e-9;
  const below = peers.filter((p) => p < value - EPS).length;
  const equal = peers.filter((p) => Math.abs(p - value) <= EPS).length;
  return ((below + equal / 2) / peers.length) * 100;
}

/** The smallest number of other parliaments behind a figure; configuration cannot go lower. */
export const MIN_PEERS_FLOOR = 3;
export const DEFAULT_MIN_PEERS = 5;

export type SuppressionReason =
  /** Fewer other parliaments than the threshold. */
  | 'too-few-peers'
  /** Every peer has the same score: any figure would be each one's own score. */
  | 'no-variation'
  /** A breakdown with a bin of one would single a parliament out. */
  | 'single-in-group';

export type Disclosed<T> =
  { shown: true; value: T } | { shown: false; reason: SuppressionReason; minimum: number };

export function effectiveMinimum(configured: number): number {
  return Math.max(MIN_PEERS_FLOOR, Math.floor(configured));
}

/** Why figures over these peers may not be shown, or null when they may. */
function withheld(
  peers: readonly number[],
  minimum: number,
): { shown: false; reason: SuppressionReason; minimum: number } | null {
  const k = effectiveMinimum(minimum);
  if (peers.length < k) return { shown: false, reason: 'too-few-peers', minimum: k };
  const first = peers[0] ?? 0;
  if (peers.every((v) => Math.abs(v - first) < 1e-9))
    return { shown: false, reason: 'no-variation', minimum: k };
  return null;
}

/** Peer figures for one node, under the disclosure rules. The viewer is never among `peers`. */
export function peerFigures(peers: readonly number[], minimum: number): Disclosed<Summary> {
  return withheld(peers, minimum) ?? { shown: true, value: summarize(peers) };
}

/** Where the viewer stands, only when the peer figures themselves may be shown. */
export function rankAmong(
  value: number | null,
  peers: readonly number[],
  minimum: number,
): Disclosed<number> | null {
  if (value === null) return null;
  return withheld(peers, minimum) ?? { shown: true, value: percentileRank(value, peers) };
}

/**
 * How many peers stand at each level, only when it singles nobody out: enough peers, more than
 * one level present, and no level held by exactly one parliament.
 */
export function levelDistribution(
  levels: readonly number[],
  scale: readonly number[],
  minimum: number,
): Disclosed<Map<number, number>> {
  const k = effectiveMinimum(minimum);
  if (levels.length < k) return { shown: false, reason: 'too-few-peers', minimum: k };
  const counts = new Map(scale.map((l) => [l, 0]));
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  const present = [...counts.values()].filter((c) => c > 0);
  if (present.length < 2) return { shown: false, reason: 'no-variation', minimum: k };
  if (present.some((c) => c === 1)) return { shown: false, reason: 'single-in-group', minimum: k };
  return { shown: true, value: counts };
}
