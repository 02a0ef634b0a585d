// npm run questionnaires:check [paths…]: checks questionnaire and module files, every problem at
// once with file, line and column; exits with 1 when there is an error.
import { relative } from 'node:path';
import { checkPaths } from '~/content/questionnaires.server';
import { formatProblem } from '~/domain/questionnaire/problems';

const paths = process.argv.slice(2);
const report = checkPaths(paths.length > 0 ? paths : ['questionnaires']);
const quiet = process.env.QUIET_WARNINGS === '1';

for (const problem of report.problems) {
  if (quiet && problem.severity === 'warning') continue;
  console.log(formatProblem(problem, relative(process.cwd(), problem.file ?? '')));
}
const files = report.folders.reduce((n, f) => n + f.versions.length + f.modules.length, 0);
console.log(`${report.errors} error(s), ${report.warnings} warning(s) in ${files} file(s) read`);
process.exit(report.errors > 0 ? 1 : 0);
