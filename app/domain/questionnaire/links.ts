import { didYouMean } from './did-you-mean';
import { error, warning, type Problem } from './problems';
import type { CourseModule, Questionnaire } from './schema';
import { bottomLevel, questionIndex, topLevel, walkTree } from './tree';

/** Every module a questionnaire links to must exist. Problems belong to the questionnaire file. */
export function checkModuleLinks(
  questionnaire: Questionnaire,
  moduleIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of walkTree(questionnaire)) {
    (entry.node.modules ?? []).forEach((id, index) => {
      if (!moduleIds.includes(id)) {
        problems.push(
          error(
            [...entry.path, 'modules', index],
            `no course module "${id}" in modules/${didYouMean(id, moduleIds)}`,
          ),
        );
      }
    });
  }
  return problems;
}

/**
 * A module's domains and questions must exist in at least one version of its questionnaire, and
 * its level range must fit the maturity scale. Problems belong to the module file.
 */
export function checkModuleTargets(
  module: CourseModule,
  versions: readonly Questionnaire[],
): Problem[] {
  const problems: Problem[] = [];
  if (versions.length === 0) return problems;
  const domainIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const version of versions) {
    for (const domain of version.domains) domainIds.add(domain.id);
    for (const id of questionIndex(version).keys()) questionIds.add(id);
  }
  module.domains.forEach((id, index) => {
    if (!domainIds.has(id)) {
      problems.push(
        error(
          ['domains', index],
          `no domain "${id}" in any version${didYouMean(id, [...domainIds])}`,
        ),
      );
    }
  });
  module.questions.forEach((id, index) => {
    if (!questionIds.has(id)) {
      problems.push(
        error(
          ['questions', index],
          `no question "${id}" in any version${didYouMean(id, [...questionIds])}`,
        ),
      );
    }
  });
  const latest = versions.at(-1);
  if (latest && (module.levels.from < bottomLevel(latest) || module.levels.to > topLevel(latest))) {
    problems.push(
      error(
        ['levels'],
        `must lie within the maturity levels ${bottomLevel(latest)} to ${topLevel(latest)}`,
      ),
    );
  }
  if (module.domains.length === 0 && module.questions.length === 0) {
    problems.push(
      warning(['domains'], 'links to no domain or question: no assessment will recommend it'),
    );
  }
  return problems;
}

/**
 * The map from the previous version: its keys and values point at real ids, and every question
 * of the previous version is either still here or accounted for.
 */
export function checkVersionMap(
  current: Questionnaire,
  previous: Questionnaire | undefined,
): Problem[] {
  const problems: Problem[] = [];
  if (!current.revises) return problems;
  if (!previous) {
    problems.push(
      error(
        ['revises'],
        `version ${current.revises} of ${current.id} was not found next to this file`,
      ),
    );
    return problems;
  }
  const now = [...questionIndex(current).keys()];
  const before = [...questionIndex(previous).keys()];
  const accounted = new Set<string>();
  const mustBeOld = (id: string, path: (string | number)[]) => {
    if (!before.includes(id)) {
      problems.push(
        error(
          path,
          `"${id}" is not a question of version ${previous.version}${didYouMean(id, before)}`,
        ),
      );
    }
    accounted.add(id);
  };
  const mustBeNew = (id: string, path: (string | number)[]) => {
    if (!now.includes(id)) {
      problems.push(error(path, `"${id}" is not a question of this version${didYouMean(id, now)}`));
    }
  };
  const changes = current.changes ?? {};
  for (const [from, to] of Object.entries(changes.renamed ?? {})) {
    mustBeOld(from, ['changes', 'renamed', from]);
    mustBeNew(to, ['changes', 'renamed', from]);
  }
  for (const [from, targets] of Object.entries(changes.split ?? {})) {
    mustBeOld(from, ['changes', 'split', from]);
    targets.forEach((to, index) => mustBeNew(to, ['changes', 'split', from, index]));
  }
  for (const [to, sources] of Object.entries(changes.merged ?? {})) {
    mustBeNew(to, ['changes', 'merged', to]);
    sources.forEach((from, index) => mustBeOld(from, ['changes', 'merged', to, index]));
  }
  (changes.dropped ?? []).forEach((id, index) => mustBeOld(id, ['changes', 'dropped', index]));
  for (const id of before) {
    if (!now.includes(id) && !accounted.has(id)) {
      problems.push(
        error(
          ['changes'],
          `question "${id}" of version ${previous.version} is missing here: map it as renamed, split, merged or dropped`,
        ),
      );
    }
    if (now.includes(id) && accounted.has(id)) {
      problems.push(
        warning(['changes'], `question "${id}" still exists in this version, yet the map moves it`),
      );
    }
  }
  return problems;
}
