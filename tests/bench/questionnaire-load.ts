// Benchmark: reading and validating a 1,000-question questionnaire file (target: under 150 ms).
// Run with: npm run bench -- questionnaire-load
// The machine is shared: each run also times an anchor that no change to the reader touches (five
// JSON round trips of the same questionnaire), so figures from different runs compare by ratio.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { readQuestionnaireFolder } from '~/content/questionnaires.server';
import { machine } from './_support';

const DOMAINS = 20;
const PER_DOMAIN = 50;
const RUNS = 30;

function text(words: string) {
  return {
    en: `${words} (English text that reads like a real sentence of guidance)`,
    fr: `${words} (texte français d'une longueur comparable à une vraie phrase)`,
  };
}

function questionnaire() {
  return {
    format: 1,
    id: 'bench',
    version: '1.0',
    title: text('Benchmark'),
    description: text('A large questionnaire'),
    authors: [{ name: 'Bench' }],
    licence: 'CC0-1.0',
    status: 'draft',
    languages: ['en', 'fr'],
    maturity: {
      levels: [0, 1, 2, 3, 4, 5].map((level) => ({
        level,
        name: text(`Level ${level}`),
        description: text(`What level ${level} means`),
      })),
    },
    answers: { notApplicable: 'exclude', dontKnow: 'zero' },
    scoring: { aggregate: 'weighted-mean', levels: 'floor' },
    domains: Array.from({ length: DOMAINS }, (_, d) => ({
      id: `domain-${d}`,
      title: text(`Domain ${d}`),
      description: text(`About domain ${d}`),
      aggregate: 'mean',
      questions: Array.from({ length: PER_DOMAIN }, (_, q) => ({
        id: `domain-${d}.question-${q}`,
        kind: 'choice',
        scale: 'maturity',
        text: text(`Question ${q} of domain ${d}`),
        help: text('A short help line'),
        guidance: text('Guidance on how to answer honestly, with a few considerations'),
        evidence: text('Documents that support the answer'),
        options: Object.fromEntries(
          [0, 1, 2, 3, 4, 5].map((l) => [
            String(l),
            text(`At level ${l} the parliament does this and that`),
          ]),
        ),
      })),
    })),
  };
}

const dir = join('tests/.tmp', `bench-load-${process.pid}`);
mkdirSync(dir, { recursive: true });
// Long texts as folded block scalars, the way authors write them.
const source = stringify(questionnaire(), { lineWidth: 100, blockQuote: 'folded' });
writeFileSync(join(dir, '1.0.yaml'), source);

const json = JSON.stringify(questionnaire());
const times: number[] = [];
const anchor: number[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  let start = performance.now();
  const folder = readQuestionnaireFolder(dir);
  const elapsed = performance.now() - start;
  if (!folder.versions[0]?.value)
    throw new Error(JSON.stringify(folder.versions[0]?.problems.slice(0, 5)));
  start = performance.now();
  let roundTrip = json;
  for (let j = 0; j < 5; j++) roundTrip = JSON.stringify(JSON.parse(roundTrip));
  const anchored = performance.now() - start;
  if (roundTrip !== json) throw new Error('the anchor lost data');
  if (i >= 3) {
    times.push(elapsed);
    anchor.push(anchored);
  }
}
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
const pick = (list: number[], q: number) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
const median = pick(times, 0.5);
console.log(
  `questionnaire-load: ${DOMAINS * PER_DOMAIN} questions, ${(source.length / 1024).toFixed(0)} KiB; ` +
    `${RUNS} runs after 3 warm-ups: median ${median.toFixed(1)} ms, p95 ${pick(times, 0.95).toFixed(1)} ms, max ${pick(times, 1).toFixed(1)} ms; ` +
    `anchor median ${pick(anchor, 0.5).toFixed(1)} ms, ratio ${(median / pick(anchor, 0.5)).toFixed(1)}; ` +
    `${median < 150 ? 'under' : 'OVER'} 150 ms; ${machine()}`,
);
