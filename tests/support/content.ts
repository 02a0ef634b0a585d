import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestionnaireFolder } from '~/content/questionnaires.server';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import type { Answer } from '~/domain/scoring/answers';

/** A version read and validated from questionnaires/, failing loudly when it has errors. */
export function loadVersion(folder: string, version: string): Questionnaire {
  const read = readQuestionnaireFolder(`questionnaires/${folder}`);
  const file = read.versions.find((v) => v.file.endsWith(`/${version}.yaml`));
  const errors = file?.problems.filter((p) => p.severity === 'error') ?? [];
  if (!file?.value || errors.length > 0) {
    throw new Error(
      `questionnaires/${folder}/${version}.yaml: ${errors.map((e) => e.message).join('; ')}`,
    );
  }
  return file.value;
}

/** Answers from a compact table: a value, or "na" / "dk" for not applicable and don't know. */
export function answers(table: Record<string, string | number | string[]>): Map<string, Answer> {
  return new Map(
    Object.entries(table).map(([id, value]) => [
      id,
      value === 'na'
        ? { state: 'not-applicable' }
        : value === 'dk'
          ? { state: 'dont-know' }
          : { state: 'answered', value },
    ]),
  );
}

/** Every YAML file under `dir`, sorted. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .flatMap((path) =>
      statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(path) ? [path] : [],
    )
    .sort();
}
