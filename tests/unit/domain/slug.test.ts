import { describe, expect, test } from 'vitest';
import { hubSlug } from '~/domain/slug';

describe('hubSlug', () => {
  test.each([
    // Plain words: lower case, spaces become hyphens.
    ['Pacific Hub', 'k1', 'pacific-hub-k1'],
    // Accents are dropped: "é" is "e" followed by a combining accent once decomposed.
    ['Réseau des Amériques', 'k1', 'reseau-des-ameriques-k1'],
    // Runs of other characters are one hyphen, and none is left at either end.
    ['  ICT & governance -- 2026!  ', 'z9', 'ict-governance-2026-z9'],
    // Nothing usable (Arabic letters are not ASCII): the slug falls back to "hub".
    ['مركز', 'a0', 'hub-a0'],
    ['', 'a0', 'hub-a0'],
  ])('%j with suffix %s is %s', (name, suffix, expected) => {
    expect(hubSlug(name, suffix)).toBe(expected);
  });
});
