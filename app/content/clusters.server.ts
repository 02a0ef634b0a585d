import { resolve } from 'node:path';
import { validateClusters, type ClusterConfig } from '~/domain/clusters';
import { formatProblem } from '~/domain/questionnaire/problems';
import { getEnv } from '~/lib/env.server';
import { readContentFile, type ContentFile } from './read.server';

let loaded: { file: string; config: ClusterConfig } | undefined;

/** A clusters file, read like every content file: each problem with its line and column. */
export function readClusters(file: string): ContentFile<ClusterConfig> {
  const { file: name, hash, value, problems } = readContentFile(file, validateClusters);
  const failed = problems.some((p) => p.severity === 'error');
  return { file: name, hash, value: failed ? undefined : value, problems };
}

/** The maturity clusters of config/maturity-clusters.yaml (or CLUSTERS_FILE), read once. */
export function loadClusters(): ClusterConfig {
  const file = resolve(getEnv().CLUSTERS_FILE);
  if (loaded?.file === file) return loaded.config;
  const read = readClusters(file);
  if (!read.value) {
    throw new Error(
      read.problems
        .filter((p) => p.severity === 'error')
        .map((p) => formatProblem(p, file))
        .join('; '),
    );
  }
  loaded = { file, config: read.value };
  return read.value;
}
