import { hubContext, insights, type InsightsView } from './hub-view.server';

export interface HubInsights {
  cycles: number[];
  /** Null when the hub has no questionnaire to show. */
  cycle: number | null;
  view: InsightsView | null;
}

/** The insights page: per domain, members at each level, movement, leaders and laggards. */
export function hubInsights({
  hubId,
  requestedCycle,
  locale,
}: {
  hubId: number;
  requestedCycle: number | undefined;
  locale: string;
}): HubInsights {
  const ctx = hubContext(hubId, requestedCycle);
  return {
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    view: ctx ? insights(hubId, ctx, locale) : null,
  };
}
