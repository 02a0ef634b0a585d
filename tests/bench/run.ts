// npm run bench [-- name…]: runs the benchmarks under tests/bench/ (all, or the named ones).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const benches = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));
for (const name of benches) {
  execFileSync(process.execPath, ['--import', 'tsx', `tests/bench/${name}.ts`], {
    stdio: 'inherit',
  });
}
