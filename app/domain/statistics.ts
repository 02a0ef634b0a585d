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

/**
 * Values in ascending order, read by position. A group's scores are sorted once and kept; a
 * viewer's peers are the same sample with the viewer's own score left out (`leaveOut`), so no
 * figure needs the list copied or sorted again.
 */
export interface Sample {
  readonly count: number;
  readonly sum: number;
  /** The value at a position, 0 being the smallest. */
  at(index: number): number;
}

/** A sample read straight from values already in ascending order (not copied). */
function sortedSample(sorted: ArrayLike<number>): Sample {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] ?? 0;
  return { count: sorted.length, sum, at: (index) => sorted[index] ?? Number.NaN };
}

/** A sample of the given values (copied and sorted). */
export function sampleOf(values: ArrayLike<number>): Sample {
  return sortedSample(Float64Array.from(values).sort());
}

function asSample(values: Sample | readonly number[]): Sample {
  return 'count' in values ? values : sampleOf(values);
}

/** The first position whose value no longer passes `before` (values are sorted, so it is one cut). */
function cut(sample: Sample, before: (value: number) => boolean): number {
  let low = 0;
  let high = sample.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sample.at(middle))) low = middle + 1;
    else high = middle;
  }
  return low;
}

const firstAtLeast = (sample: Sample, value: number) => cut(sample, (v) => v < value);
const firstAbove = (sample: Sample, value: number) => cut(sample, (v) => v <= value);

/** The sample without one occurrence of `value`; the same sample when the value is not in it. */
export function leaveOut(sample: Sample, value: number): Sample {
  const position = firstAtLeast(sample, value);
  if (position >= sample.count || sample.at(position) !== value) return sample;
  return {
    count: sample.count - 1,
    sum: sample.sum - value,
    at: (index) => sample.at(index < position ? index : index + 1),
  };
}

function quantileOf(sample: Sample, p: number): number {
  if (sample.count === 0) throw new Error('quantile of nothing');
  const h = (sample.count - 1) * p;
  const lower = Math.floor(h);
  const a = sample.at(lower);
  const b = lower + 1 < sample.count ? sample.at(lower + 1) : a;
  return a + (h - lower) * (b - a);
}

/** Type 7 quantile of values already in ascending order. */
export function quantile(sorted: readonly number[], p: number): number {
  return quantileOf(sortedSample(sorted), p);
}

export function summarize(values: Sample | readonly number[]): Summary {
  const sample = asSample(values);
  return {
    count: sample.count,
    mean: sample.sum / sample.count,
    median: quantileOf(sample, 0.5),
    q1: quantileOf(sample, 0.25),
    q3: quantileOf(sample, 0.75),
    p10: quantileOf(sample, 0.1),
    p90: quantileOf(sample, 0.9),
  };
}

/** Scores closer than this are equal: they are sums and means of levels, never this fine. */
const EPS = 1e-9;

export function percentileRank(value: number, peers: Sample | readonly number[]): number {
  const sample = asSample(peers);
  if (sample.count === 0) throw new Error('rank among nobody');
  const below = firstAtLeast(sample, value - EPS);
  const equal = firstAbove(sample, value + EPS) - below;
  return ((below + equal / 2) / sample.count) * 100;
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
  peers: Sample,
  minimum: number,
): { shown: false; reason: SuppressionReason; minimum: number } | null {
  const k = effectiveMinimum(minimum);
  if (peers.count < k) return { shown: false, reason: 'too-few-peers', minimum: k };
  // Sorted: every peer has the same score exactly when the extremes do.
  if (peers.at(peers.count - 1) - peers.at(0) < EPS)
    return { shown: false, reason: 'no-variation', minimum: k };
  return null;
}

/** Peer figures for one node, under the disclosure rules. The viewer is never among `peers`. */
export function peerFigures(
  peers: Sample | readonly number[],
  minimum: number,
): Disclosed<Summary> {
  const sample = asSample(peers);
  return withheld(sample, minimum) ?? { shown: true, value: summarize(sample) };
}

/**
 * How many other parliaments stand behind a group's figures, only when there are enough: a
 * count under the minimum would narrow down which parliaments submitted.
 */
export function peerCount(count: number, minimum: number): Disclosed<number> {
  const k = effectiveMinimum(minimum);
  return count < k
    ? { shown: false, reason: 'too-few-peers', minimum: k }
    : { shown: true, value: count };
}

/** Where the viewer stands, only when the peer figures themselves may be shown. */
export function rankAmong(
  value: number | null,
  peers: Sample | readonly number[],
  minimum: number,
): Disclosed<number> | null {
  if (value === null) return null;
  const sample = asSample(peers);
  return withheld(sample, minimum) ?? { shown: true, value: percentileRank(value, sample) };
}

/**
 * How many peers stand at each level, only when it singles nobody out: enough peers, more than
 * one level present, and no level held by exactly one parliament.
 */
export function levelDistribution(
  levels: Sample | readonly number[],
  scale: readonly number[],
  minimum: number,
): Disclosed<Map<number, number>> {
  const sample = asSample(levels);
  const k = effectiveMinimum(minimum);
  if (sample.count < k) return { shown: false, reason: 'too-few-peers', minimum: k };
  const counts = new Map(scale.map((l) => [l, 0]));
  // Sorted: each level is one run of positions, found by its end.
  for (let start = 0; start < sample.count;) {
    const level = sample.at(start);
    const end = firstAbove(sample, level);
    counts.set(level, (counts.get(level) ?? 0) + end - start);
    start = end;
  }
  const present = [...counts.values()].filter((c) => c > 0);
  if (present.length < 2) return { shown: false, reason: 'no-variation', minimum: k };
  if (present.some((c) => c === 1)) return { shown: false, reason: 'single-in-group', minimum: k };
  return { shown: true, value: counts };
}

/** One node's scores in a group: sorted for the statistics, and by member to leave one out. */
export interface NodeSamples {
  scores: Sample;
  levels: Sample;
  /** Per member row (see GroupSamples.rows): its score and level, NaN where it has none. */
  scoreOf: Float64Array;
  levelOf: Float64Array;
}

export interface GroupSamples {
  /** The group's members, each with its row. */
  rows: Map<number, number>;
  nodes: Map<string, NodeSamples>;
}

/**
 * A group's scores as sorted samples per node, with each member's own values by row, from one
 * row per member and node (the order of members is the order they first appear).
 */
export function groupSamples(
  rows: readonly { member: number; nodeId: string; score: number | null; level: number | null }[],
): GroupSamples {
  const members = new Map<number, number>();
  for (const r of rows) if (!members.has(r.member)) members.set(r.member, members.size);
  const byNode = new Map<string, { scoreOf: Float64Array; levelOf: Float64Array }>();
  for (const r of rows) {
    let node = byNode.get(r.nodeId);
    if (!node) {
      node = {
        scoreOf: new Float64Array(members.size).fill(Number.NaN),
        levelOf: new Float64Array(members.size).fill(Number.NaN),
      };
      byNode.set(r.nodeId, node);
    }
    const row = members.get(r.member) ?? 0;
    node.scoreOf[row] = r.score ?? Number.NaN;
    node.levelOf[row] = r.level ?? Number.NaN;
  }
  const present = (values: Float64Array) => values.filter((v) => !Number.isNaN(v));
  const nodes = new Map<string, NodeSamples>();
  for (const [nodeId, node] of byNode) {
    nodes.set(nodeId, {
      ...node,
      scores: sampleOf(present(node.scoreOf)),
      levels: sampleOf(present(node.levelOf)),
    });
  }
  return { rows: members, nodes };
}
