import {
  hubContext,
  heatMap,
  insights,
  type HeatMapView,
  type InsightsView,
} from './hub-view.server';
import { memberStatuses } from './hub-members.server';

export interface HubReport {
  /** The day the report is made (YYYY-MM-DD, UTC). */
  generated: string;
  cycles: number[];
  /** Null when the hub has no questionnaire to show. */
  cycle: number | null;
  counts: { members: number; submitted: number; inProgress: number };
  heat: HeatMapView | null;
  insights: InsightsView | null;
}

/**
 * The report for a meeting: how many members took part, the heat map by overall score (highest
 * first) and the insights, for one cycle.
 */
export function hubReport({
  hubId,
  requestedCycle,
  locale,
}: {
  hubId: number;
  requestedCycle: number | undefined;
  locale: string;
}): HubReport {
  const ctx = hubContext(hubId, requestedCycle);
  const statuses = ctx ? memberStatuses(hubId, ctx.questionnaireId, ctx.cycle) : [];
  return {
    generated: new Date().toISOString().slice(0, 10),
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    counts: {
      members: statuses.length,
      submitted: statuses.filter((s) => s.status === 'submitted').length,
      inProgress: statuses.filter((s) => s.status === 'draft' || s.status === 'reopened').length,
    },
    heat: ctx ? heatMap(hubId, ctx, locale, { key: 'overall', direction: 'desc' }) : null,
    insights: ctx ? insights(hubId, ctx, locale) : null,
  };
}
