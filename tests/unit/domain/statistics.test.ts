import { describe, expect, test } from 'vitest';
import {
  levelDistribution,
  peerFigures,
  percentileRank,
  quantile,
  rankAmong,
  summarize,
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
