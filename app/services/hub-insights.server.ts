import { cohortContext, insights, type InsightsView } from './cohort-view.server';

export interface HubInsights {
  cycles: number[];
  /** Null when the hub has no questionnaire to show. */
  cycle: number | null;
  view: InsightsView | null;
}

/** The insights page: per domain, members at each level, movement, leaders and laggards. */
export function hubInsights({
  cohortId,
  requestedCycle,
  locale,
}: {
  cohortId: number;
  requestedCycle: number | undefined;
  locale: string;
}): HubInsights {
  const ctx = cohortContext(cohortId, requestedCycle);
  return {
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    view: ctx ? insights(cohortId, ctx, locale) : null,
  };
}
