// Regenerates app/lib/common-passwords.txt from the passwords-common dictionary of
// @zxcvbn-ts/language-common (MIT). Run: npm i --no-save @zxcvbn-ts/language-common@4 && node scripts/build-common-passwords.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { dictionary } = require('@zxcvbn-ts/language-common');
const seen = new Set();
const words = [];
for (const entry of dictionary['passwords-common']) {
  const word = String(entry).toLowerCase();
  if (word.length < 4 || seen.has(word)) continue;
  seen.add(word);
  words.push(word);
  if (words.length === 20_000) break;
}
const header = [
  '# The 20,000 most common passwords of 4 characters or more, lower-cased, most common first.',
  '# Source: the passwords-common dictionary of @zxcvbn-ts/language-common 4.1 (MIT licence).',
  '# Regenerate with scripts/build-common-passwords.mjs.',
];
writeFileSync('app/lib/common-passwords.txt', `${[...header, ...words].join('\n')}\n`);
console.log(`${words.length} passwords written`);
