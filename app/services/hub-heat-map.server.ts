import { hubContext, heatMap, type HeatMapView } from './hub-view.server';

export interface HeatMapSort {
  /** 'name', 'overall' or a domain id; anything else sorts by name. */
  key: string;
  direction: 'asc' | 'desc';
}

export interface HubHeatMap {
  cycles: number[];
  /** Null when the hub has no questionnaire to show. */
  cycle: number | null;
  sort: HeatMapSort;
  view: HeatMapView | null;
}

/** The heat map page: members × domains for a cycle, sorted as asked. */
export function hubHeatMap({
  hubId,
  requestedCycle,
  sort,
  locale,
}: {
  hubId: number;
  requestedCycle: number | undefined;
  sort: HeatMapSort;
  locale: string;
}): HubHeatMap {
  const ctx = hubContext(hubId, requestedCycle);
  return {
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? null,
    sort,
    view: ctx ? heatMap(hubId, ctx, locale, sort) : null,
  };
}
