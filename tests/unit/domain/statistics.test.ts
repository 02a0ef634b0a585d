import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  leaveOut,
  levelDistribution,
  peerCount,
  peerFigures,
  percentileRank,
  quantile,
  rankAmong,
  sampleOf,
  summarize,
  type Sample,
} from '~/domain/statistics';

/* Hand-computed tables: type 7 quantiles, h = (n − 1)·p. */

describe('quantiles (type 7, linear interpolation)', () => {
  test.each([
    // values, p, expected, working
    [[1, 2, 3, 4, 5], 0.5, 3, 'h = 2: x[2]'],
    [[1, 2, 3, 4, 5], 0.25, 2, 'h = 1: x[1]'],
    [[1, 2, 3, 4, 5], 0.1, 1.4, 'h = 0.4: 1 + 0.4 × (2 − 1)'],
    [[1, 2, 3, 4, 5], 0.9, 4.6, 'h = 3.6: 4 + 0.6 × (5 − 4)'],
    [[1, 2, 3, 4], 0.5, 2.5, 'h = 1.5: 2 + 0.5 × (3 − 2)'],
    [[1, 2, 3, 4], 0.25, 1.75, 'h = 0.75: 1 + 0.75 × 1'],
    [[1, 2, 3, 4], 0.75, 3.25, 'h = 2.25: 3 + 0.25 × 1'],
    [[2, 2, 2, 5, 5], 0.5, 2, 'ties: h = 2: x[2] = 2'],
    [[2, 2, 2, 5, 5], 0.75, 5, 'ties: h = 3: x[3] = 5'],
    [[2, 2, 2, 5, 5], 0.6, 3.2, 'h = 2.4: 2 + 0.4 × 3'],
    [[7], 0.9, 7, 'one value'],
  ])('%j at %s is %s (%s)', (values, p, expected) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 10);
  });

  test('summarize sorts first and gives every figure', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ count: 5, mean: 3, median: 3, q1: 2, q3: 4 });
    expect(s.p10).toBeCloseTo(1.4, 10);
    expect(s.p90).toBeCloseTo(4.6, 10);
  });
});

describe('percentile rank (mid-rank)', () => {
  test.each([
    [3, [1, 2, 3, 4, 5], 50, '2 below, 1 equal: (2 + 0.5) / 5'],
    [6, [1, 2, 3, 4, 5], 100, 'above all'],
    [0, [1, 2, 3, 4, 5], 0, 'below all'],
    [2, [2, 2, 2, 2, 5], 40, '0 below, 4 equal: 2 / 5'],
    [4.5, [1, 2, 3, 4, 5], 80, '4 below, none equal'],
  ])('%s among %j ranks %s (%s)', (value, peers, expected) => {
    expect(percentileRank(value, peers)).toBeCloseTo(expected, 10);
  });
});

describe('disclosure control', () => {
  test('4 peers: nothing shown, and the reason says so; 5 peers: shown', () => {
    expect(peerFigures([1, 2, 3, 4], 5)).toEqual({
      shown: false,
      reason: 'too-few-peers',
      minimum: 5,
    });
    expect(peerFigures([1, 2, 3, 4, 5], 5)).toMatchObject({
      shown: true,
      value: { count: 5, median: 3 },
    });
  });

  test('the threshold may be raised, never set below 3', () => {
    expect(peerFigures([1, 2, 3, 4, 5], 6)).toMatchObject({ shown: false, minimum: 6 });
    expect(peerFigures([1, 2], 1)).toEqual({ shown: false, reason: 'too-few-peers', minimum: 3 });
    expect(peerFigures([1, 2, 3], 1)).toMatchObject({ shown: true });
  });

  test("peers who all share one score are not shown: any figure would be each one's score", () => {
    expect(peerFigures([3, 3, 3, 3, 3, 3], 5)).toEqual({
      shown: false,
      reason: 'no-variation',
      minimum: 5,
    });
  });

  test('how many peers stand behind a group is said only from the minimum up', () => {
    expect(peerCount(4, 5)).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(peerCount(0, 5)).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(peerCount(5, 5)).toEqual({ shown: true, value: 5 });
    expect(peerCount(2, 1)).toEqual({ shown: false, reason: 'too-few-peers', minimum: 3 });
  });

  test("the viewer's rank follows the same rule", () => {
    expect(rankAmong(3, [1, 2, 3, 4], 5)).toMatchObject({ shown: false });
    expect(rankAmong(3, [1, 2, 3, 4, 5], 5)).toEqual({ shown: true, value: 50 });
    expect(rankAmong(null, [1, 2, 3, 4, 5], 5)).toBeNull();
  });

  test('counts per level: not when one level holds everyone, nor when one level holds a single parliament', () => {
    const scale = [0, 1, 2, 3, 4, 5];
    expect(levelDistribution([2, 2, 2, 2, 2], scale, 5)).toEqual({
      shown: false,
      reason: 'no-variation',
      minimum: 5,
    });
    expect(levelDistribution([2, 2, 2, 2, 4], scale, 5)).toEqual({
      shown: false,
      reason: 'single-in-group',
      minimum: 5,
    });
    expect(levelDistribution([2, 2, 2, 4], scale, 5)).toEqual({
      shown: false,
      reason: 'too-few-peers',
      minimum: 5,
    });
    const shown = levelDistribution([2, 2, 3, 4, 4, 3], scale, 5);
    expect(shown.shown).toBe(true);
    if (shown.shown)
      expect([...shown.value]).toEqual([
        [0, 0],
        [1, 0],
        [2, 2],
        [3, 2],
        [4, 2],
        [5, 0],
      ]);
  });
});

const valuesOf = (sample: Sample) => Array.from({ length: sample.count }, (_, i) => sample.at(i));

describe("leaving the viewer's own score out of a sorted sample", () => {
  test.each([
    // values, left out, what remains, working
    [[3, 1, 2, 2], 2, [1, 2, 3], 'one of two equal scores goes, the other stays'],
    [[3, 1, 2], 1, [2, 3], 'the smallest'],
    [[3, 1, 2], 3, [1, 2], 'the largest'],
    [[3, 1, 2], 2.5, [1, 2, 3], 'a score not in the sample leaves it whole'],
    [[4], 4, [], 'the only score'],
  ])('%j without %s is %j (%s)', (values, value, remaining) => {
    const sample = leaveOut(sampleOf(values), value);
    expect(valuesOf(sample)).toEqual(remaining);
    expect(sample.count).toBe(remaining.length);
    expect(sample.sum).toBeCloseTo(
      remaining.reduce((a, b) => a + b, 0),
      10,
    );
  });

  test('hand table: peers 1, 2, 3, 4, 5 and the viewer at 3 (six in the group)', () => {
    const group = sampleOf([5, 3, 1, 4, 3, 2]);
    const peers = leaveOut(group, 3);
    expect(peerFigures(peers, 5)).toEqual({
      shown: true,
      value: { count: 5, mean: 3, median: 3, q1: 2, q3: 4, p10: 1.4, p90: 4.6 },
    });
    expect(rankAmong(3, peers, 5)).toEqual({ shown: true, value: 50 });
  });

  test('the boundary: five in the group are four peers once the viewer is left out', () => {
    const peers = leaveOut(sampleOf([1, 2, 3, 4, 5]), 3);
    expect(peerFigures(peers, 5)).toEqual({ shown: false, reason: 'too-few-peers', minimum: 5 });
    expect(rankAmong(3, peers, 5)).toMatchObject({ shown: false, reason: 'too-few-peers' });
  });

  test('peers who differ from the viewer only: once it is left out, no variation remains', () => {
    const peers = leaveOut(sampleOf([2, 2, 2, 2, 2, 4]), 4);
    expect(peerFigures(peers, 5)).toMatchObject({ shown: false, reason: 'no-variation' });
  });

  // Scores as the scoring engine makes them: means of levels 0..5, many ties.
  const scores = fc.array(
    fc.integer({ min: 0, max: 20 }).map((n) => n / 4),
    { minLength: 1, maxLength: 40 },
  );

  // A fixed number of runs on samples of at most 40: a few milliseconds of work, so the timeout
  // only ends a hang.
  property.prop([scores, fc.nat(), fc.integer({ min: 3, max: 8 })], { numRuns: 200 })(
    'every figure over the sample without the viewer equals the figure over a list without them',
    (values, pick, minimum) => {
      const index = pick % values.length;
      const own = values[index] ?? 0;
      const others = values.filter((_, i) => i !== index);
      const peers = leaveOut(sampleOf(values), own);
      expect(valuesOf(peers)).toEqual([...others].sort((a, b) => a - b));
      const viaSample = peerFigures(peers, minimum);
      const viaList = peerFigures(others, minimum);
      expect(viaSample.shown).toBe(viaList.shown);
      if (viaSample.shown && viaList.shown) {
        for (const key of ['count', 'mean', 'median', 'q1', 'q3', 'p10', 'p90'] as const)
          expect(viaSample.value[key]).toBeCloseTo(viaList.value[key], 9);
      } else expect(viaSample).toEqual(viaList);
      expect(rankAmong(own, peers, minimum)).toEqual(rankAmong(own, others, minimum));
      const scale = [0, 1, 2, 3, 4, 5];
      const levels = values.map(Math.floor);
      expect(
        levelDistribution(leaveOut(sampleOf(levels), levels[index] ?? 0), scale, minimum),
      ).toEqual(
        levelDistribution(
          levels.filter((_, i) => i !== index),
          scale,
          minimum,
        ),
      );
    },
    30_000,
  );
});
