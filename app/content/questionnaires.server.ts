import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  checkModuleLinks,
  checkModuleTargets,
  checkVersionMap,
} from '~/domain/questionnaire/links';
import { error, type Problem } from '~/domain/questionnaire/problems';
import type { CourseModule, Questionnaire } from '~/domain/questionnaire/schema';
import { validateModule, validateQuestionnaire } from '~/domain/questionnaire/validate';
import { compareVersions } from '~/domain/questionnaire/version';
import { checkFile, readContentFile, type ContentFile } from './read.server';

export type { ContentFile } from './read.server';

export interface QuestionnaireFolder {
  dir: string;
  /** Valid versions first to last; invalid files are kept for their problems. */
  versions: ContentFile<Questionnaire>[];
  modules: ContentFile<CourseModule>[];
}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');

/**
 * Reads one questionnaire folder (`<id>/<version>.yaml` and `<id>/modules/*.yaml`), checks every
 * file, then the links between them: modules, version maps, file names.
 */
export function readQuestionnaireFolder(dir: string): QuestionnaireFolder {
  const versionFiles = readdirSync(dir)
    .filter(isYaml)
    .sort()
    .map((name) => join(dir, name));
  const versions = versionFiles.map((file) => {
    const content = readContentFile(file, validateQuestionnaire);
    const version = content.value?.version;
    if (content.value && version && basename(file).replace(/\.ya?ml$/, '') !== version) {
      checkFile(content, () => [
        error(['version'], `the file of version ${version} must be named ${version}.yaml`),
      ]);
      content.value = undefined;
    }
    return content;
  });
  const valid = versions.flatMap((v) => (v.value ? [v.value] : []));
  valid.sort((a, b) => compareVersions(a.version, b.version));
  const languages = valid.at(-1)?.languages ?? ['en'];

  const modulesDir = join(dir, 'modules');
  const moduleFiles = existsSync(modulesDir)
    ? readdirSync(modulesDir)
        .filter(isYaml)
        .sort()
        .map((name) => join(modulesDir, name))
    : [];
  const modules = moduleFiles.map((file) => {
    const content = readContentFile(file, (raw) => validateModule(raw, languages));
    const module = content.value;
    if (module) {
      checkFile(content, () => {
        const problems = checkModuleTargets(module, valid);
        if (basename(file).replace(/\.ya?ml$/, '') !== module.id) {
          problems.push(error(['id'], `the module "${module.id}" must be in ${module.id}.yaml`));
        }
        return problems;
      });
    }
    return content;
  });
  const moduleIds = modules.flatMap((m) => (m.value ? [m.value.id] : []));

  const ids = new Set(valid.map((v) => v.id));
  for (const content of versions) {
    const value = content.value;
    if (!value) continue;
    checkFile(content, () => {
      const problems: Problem[] = [...checkModuleLinks(value, moduleIds)];
      if (ids.size > 1)
        problems.push(
          error(
            ['id'],
            `every version in ${dir} must have the same id; found ${[...ids].join(', ')}`,
          ),
        );
      const previous = value.revises ? valid.find((v) => v.version === value.revises) : undefined;
      problems.push(...checkVersionMap(value, previous));
      if (value.revises && compareVersions(value.revises, value.version) >= 0) {
        problems.push(error(['revises'], `must name an earlier version than ${value.version}`));
      }
      return problems;
    });
  }

  const strip = <T>({ file, hash, value, problems }: ContentFile<T>): ContentFile<T> => ({
    file,
    hash,
    value: problems.some((p) => p.severity === 'error') ? undefined : value,
    problems,
  });
  return {
    dir,
    versions: versions
      .map(strip)
      .sort((a, b) => compareVersions(a.value?.version ?? '0', b.value?.version ?? '0')),
    modules: modules.map(strip),
  };
}

function sortByPosition(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Questionnaire folders under a root such as questionnaires/ (folders holding version files). */
export function listQuestionnaireFolders(
  root: string,
  { exclude = [] as string[] } = {},
): string[] {
  return readdirSync(root)
    .filter((name) => !exclude.includes(name) && statSync(join(root, name)).isDirectory())
    .map((name) => join(root, name))
    .flatMap((dir) => (readdirSync(dir).some(isYaml) ? [dir] : listQuestionnaireFolders(dir)))
    .sort();
}

export interface CheckReport {
  folders: QuestionnaireFolder[];
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * The checker behind `npm run questionnaires:check`: each path is a file or a folder. A file is
 * checked with its whole questionnaire folder (its modules, the version it revises), and only its
 * own problems are reported.
 */
export function checkPaths(paths: readonly string[]): CheckReport {
  const folders = new Map<string, QuestionnaireFolder>();
  const wanted = new Set<string>();
  const folderOf = (file: string) => {
    const dir = dirname(file);
    return basename(dir) === 'modules' ? dirname(dir) : dir;
  };
  for (const path of paths.map((p) => resolve(p))) {
    if (statSync(path).isDirectory()) {
      const dirs = readdirSync(path).some(isYaml) ? [path] : listQuestionnaireFolders(path);
      for (const dir of dirs) {
        const folder = readQuestionnaireFolder(dir);
        folders.set(dir, folder);
        for (const f of [...folder.versions, ...folder.modules]) wanted.add(f.file);
      }
    } else {
      const dir = folderOf(path);
      if (!folders.has(dir)) folders.set(dir, readQuestionnaireFolder(dir));
      wanted.add(path);
    }
  }
  const problems = [...folders.values()]
    .flatMap((folder) => [...folder.versions, ...folder.modules])
    .filter((f) => wanted.has(f.file))
    .flatMap((f) => sortByPosition(f.problems));
  return {
    folders: [...folders.values()],
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
