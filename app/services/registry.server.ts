import { relative } from 'node:path';
import { formatProblem, type Problem } from '~/domain/questionnaire/problems';
import { isVersionUsed } from '~/models/assessment.server';
import { registerModule, registerVersion } from '~/models/questionnaire.server';
import { inTransaction } from '~/models/transaction.server';
import { listQuestionnaireFolders, readQuestionnaireFolder } from '~/content/questionnaires.server';

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(
      `Questionnaire content is not valid; the server will not start:\n${lines.map((l) => `  ${l}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export interface RegistrationReport {
  versions: {
    file: string;
    id: string;
    version: string;
    result: 'added' | 'unchanged' | 'updated';
  }[];
  modules: number;
  warnings: number;
}

function describe(problem: Problem): string {
  return formatProblem(problem, relative(process.cwd(), problem.file ?? ''));
}

/**
 * Reads every questionnaire under `root` (examples/ aside), and registers each version and
 * module in one transaction. Invalid content, or a changed file under a version that an
 * assessment already uses, stops everything with messages that name the file.
 */
export function registerContent(root: string): RegistrationReport {
  const folders = listQuestionnaireFolders(root, { exclude: ['examples'] }).map(
    readQuestionnaireFolder,
  );
  const files = folders.flatMap((f) => [...f.versions, ...f.modules]);
  const errors = files.flatMap((f) => f.problems.filter((p) => p.severity === 'error'));
  if (errors.length > 0) throw new ContentError(errors.map(describe));

  return inTransaction(() => {
    const report: RegistrationReport = {
      versions: [],
      modules: 0,
      warnings: files.reduce((n, f) => n + f.problems.length, 0),
    };
    const refused: string[] = [];
    for (const folder of folders) {
      for (const content of folder.versions) {
        const definition = content.value;
        if (!definition) continue;
        const result = registerVersion({
          definition,
          contentHash: content.hash,
          sourceFile: relative(process.cwd(), content.file),
          isUsed: isVersionUsed,
        });
        const file = relative(process.cwd(), content.file);
        if (result === 'refused') {
          refused.push(
            `${file}: version ${definition.version} of ${definition.id} is used by assessments, and this file changed since it was registered. Restore the file, and publish the change as a new version (a new file).`,
          );
        } else {
          report.versions.push({ file, id: definition.id, version: definition.version, result });
        }
      }
      const questionnaireId = folder.versions.find((v) => v.value)?.value?.id;
      for (const content of folder.modules) {
        if (!content.value || !questionnaireId) continue;
        registerModule({ definition: content.value, questionnaireId, contentHash: content.hash });
        report.modules += 1;
      }
    }
    if (refused.length > 0) throw new ContentError(refused);
    return report;
  });
}
