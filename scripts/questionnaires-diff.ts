// npm run questionnaires:diff -- A.yaml B.yaml: what changed between two versions.
import { checkPaths } from '~/content/questionnaires.server';
import { diffVersions } from '~/domain/questionnaire/diff';
import { resolve } from 'node:path';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error('Usage: npm run questionnaires:diff -- <older version file> <newer version file>');
  process.exit(2);
}

function load(path: string) {
  const file = resolve(path);
  const report = checkPaths([file]);
  const content = report.folders.flatMap((f) => f.versions).find((v) => v.file === file);
  if (!content?.value) {
    console.error(
      `${path} is not a valid questionnaire version: run npm run questionnaires:check -- ${path}`,
    );
    process.exit(1);
  }
  return content.value;
}

const before = load(first);
const after = load(second);
const diff = diffVersions(before, after);
const section = (title: string, lines: string[]) => {
  if (lines.length === 0) return;
  console.log(`\n${title} (${lines.length})`);
  for (const line of lines) console.log(`  ${line}`);
};

console.log(`${before.id}: ${diff.from} → ${diff.to}`);
section('Domains added', diff.addedDomains);
section('Domains removed', diff.removedDomains);
section('Questions added', diff.added);
section('Questions dropped on purpose (the version map says so)', diff.dropped);
section('Questions removed without a mapping', diff.removed);
section(
  'Renamed',
  diff.renamed.map((r) => `${r.from} → ${r.to}`),
);
section(
  'Split',
  diff.split.map((s) => `${s.from} → ${s.to.join(', ')}`),
);
section(
  'Merged',
  diff.merged.map((m) => `${m.from.join(', ')} → ${m.to}`),
);
section(
  'Reworded',
  diff.reworded.map((r) => `${r.id}: ${r.fields.join(', ')}`),
);
section(
  'Rescored',
  diff.rescored.map((r) => `${r.id}: ${r.fields.join(', ')}`),
);
section(
  'Moved between domains',
  diff.moved.map((m) => `${m.id}: ${m.from} → ${m.to}`),
);
const total =
  diff.addedDomains.length +
  diff.removedDomains.length +
  diff.added.length +
  diff.removed.length +
  diff.dropped.length +
  diff.renamed.length +
  diff.split.length +
  diff.merged.length +
  diff.reworded.length +
  diff.rescored.length +
  diff.moved.length;
if (total === 0) console.log('\nNo changes to domains or questions.');
