import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { clusterConfig, type ClusterConfig } from '~/domain/clusters';
import { getEnv } from '~/lib/env.server';

let loaded: { file: string; config: ClusterConfig } | undefined;

/** The maturity clusters of config/maturity-clusters.yaml (or CLUSTERS_FILE), read once. */
export function loadClusters(): ClusterConfig {
  const file = resolve(getEnv().CLUSTERS_FILE);
  if (loaded?.file === file) return loaded.config;
  const parsed = clusterConfig.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  loaded = { file, config: parsed.data };
  return parsed.data;
}
