import { effectiveMinimum } from '~/domain/statistics';
import { getEnv } from '~/lib/env.server';

/**
 * The fewest other parliaments behind any peer figure: BENCHMARK_MIN_PEERS, never below the
 * floor of the disclosure rules. The dashboard, "what others see" and the open data read it here
 * and nowhere else, so that the three always apply the same threshold.
 */
export function minimumPeers(): number {
  return effectiveMinimum(getEnv().BENCHMARK_MIN_PEERS);
}
