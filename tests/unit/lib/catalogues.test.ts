import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages } from '~/lib/i18n';

/*
 * Every language of the switcher has every catalogue, with the same keys as English (plural
 * forms aside: each language has its own) and the same {{placeholders}} in each string.
 */
const root = 'app/locales';
const namespaces = readdirSync(join(root, 'en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const read = (language: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')) as Tree);

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A key without its plural suffix: the same for every language. */
const stem = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const others = languages.map((l) => l.code).filter((code) => code !== 'en');

describe.each(others)('the %s catalogues', (language) => {
  test.each(namespaces)(
    '%s has every English key, no stray key, and the same placeholders',
    (namespace) => {
      const english = read('en', namespace);
      const translated = read(language, namespace);
      const englishStems = new Set([...english.keys()].map(stem));
      const translatedStems = new Set([...translated.keys()].map(stem));
      expect([...englishStems].filter((k) => !translatedStems.has(k))).toEqual([]);
      expect([...translatedStems].filter((k) => !englishStems.has(k))).toEqual([]);
      // Plural keys need at least the "other" form, which every language has.
      for (const key of english.keys()) {
        if (PLURAL.test(key)) expect(translated.has(`${stem(key)}_other`), key).toBe(true);
      }
      const mismatched = [...translated].filter(([key, text]) => {
        const source = english.get(key) ?? english.get(`${stem(key)}_other`) ?? '';
        return placeholders(source).join() !== placeholders(text).join() && !PLURAL.test(key);
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    },
  );
});
