import { z } from 'zod';
import { authorErrorMap, problemsFromZod, type Problem } from './questionnaire/problems';
import { localizedText } from './questionnaire/text';

/*
 * Maturity clusters: named groups of parliaments, by rules declared in configuration
 * (config/maturity-clusters.yaml). The first cluster whose rule holds is the parliament's.
 */

const rule = z.strictObject({
  /** Overall score at least this. */
  minScore: z.number().min(0).optional(),
  /** Overall score below this. */
  maxScore: z.number().min(0).optional(),
  /** Overall score gained per cycle since the first submitted cycle, at least this. */
  minProgressPerCycle: z.number().optional(),
});

export const clusterConfig = z.strictObject({
  clusters: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        name: localizedText,
        description: localizedText.optional(),
        rule,
      }),
    )
    .min(1),
});

export type ClusterConfig = z.output<typeof clusterConfig>;

/** The clusters file's content, checked; each problem names its path in the file. */
export function validateClusters(raw: unknown): { value?: ClusterConfig; problems: Problem[] } {
  const parsed = clusterConfig.safeParse(raw, { error: authorErrorMap });
  return parsed.success
    ? { value: parsed.data, problems: [] }
    : { problems: problemsFromZod(parsed.error.issues) };
}
export type Cluster = ClusterConfig['clusters'][number];

export interface ClusterInput {
  score: number;
  /** Score points gained per cycle since the first submitted cycle; null with a single cycle. */
  progressPerCycle: number | null;
}

export function matchesRule(r: Cluster['rule'], input: ClusterInput): boolean {
  if (r.minScore !== undefined && input.score < r.minScore) return false;
  if (r.maxScore !== undefined && input.score >= r.maxScore) return false;
  if (
    r.minProgressPerCycle !== undefined &&
    (input.progressPerCycle === null || input.progressPerCycle < r.minProgressPerCycle)
  )
    return false;
  return true;
}

export function clusterOf(config: ClusterConfig, input: ClusterInput): Cluster | undefined {
  return config.clusters.find((c) => matchesRule(c.rule, input));
}

/** Progress per cycle from a series of (cycle, overall score), oldest first. */
export function progressPerCycle(
  series: readonly { cycle: number; score: number }[],
): number | null {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last || last.cycle === first.cycle) return null;
  return (last.score - first.score) / (last.cycle - first.cycle);
}
