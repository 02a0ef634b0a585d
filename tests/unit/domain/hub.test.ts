import { describe, expect, test } from 'vitest';
import { leadersAndLaggards, median, movement, sortRows } from '~/domain/hub';

describe('hub figures', () => {
  test('median ignores members without a score', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([null, null])).toBeNull();
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  test('movement between two cycles counts members present in both', () => {
    const before = new Map([
      [1, 1],
      [2, 3],
      [3, 2],
      [4, null],
    ]);
    const after = new Map([
      [1, 2],
      [2, 3],
      [3, 1],
      [4, 3],
      [5, 4],
    ]);
    expect(movement(before, after)).toEqual({ improved: 1, steady: 1, declined: 1 });
  });

  test('leaders are the top third, laggards the bottom third', () => {
    const scores = [1, 2, 3, 4, 5, 6].map((s, i) => ({ organisationId: i + 1, score: s }));
    const { leaders, laggards } = leadersAndLaggards(scores);
    expect(leaders.map((l) => l.organisationId)).toEqual([6, 5]);
    expect(laggards.map((l) => l.organisationId)).toEqual([2, 1]);
  });

  test('too few members, or no difference: nobody leads or lags', () => {
    expect(
      leadersAndLaggards([
        { organisationId: 1, score: 1 },
        { organisationId: 2, score: 4 },
      ]),
    ).toEqual({ leaders: [], laggards: [] });
    expect(leadersAndLaggards([1, 2, 3].map((id) => ({ organisationId: id, score: 2 })))).toEqual({
      leaders: [],
      laggards: [],
    });
  });

  test('sorting by a domain puts missing scores last, either way', () => {
    const rows = [
      { name: 'B', scores: new Map([['d', 2]]) },
      { name: 'A', scores: new Map([['d', null]]) },
      { name: 'C', scores: new Map([['d', 4]]) },
    ];
    expect(sortRows(rows, 'd', 'desc').map((r) => r.name)).toEqual(['C', 'B', 'A']);
    expect(sortRows(rows, 'd', 'asc').map((r) => r.name)).toEqual(['B', 'C', 'A']);
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });
});
