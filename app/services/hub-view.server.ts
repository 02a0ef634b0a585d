import { leadersAndLaggards, median, movement, sortRows, type Movement } from '~/domain/hub';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { topLevel } from '~/domain/questionnaire/tree';
import { OVERALL } from '~/domain/scoring/score';
import { getDefinition } from '~/models/questionnaire.server';
import { getEnv } from '~/lib/env.server';
import { latestDefinition } from './learning.server';
import { namedExamples } from '~/models/good-practice.server';
import {
  hubCycles,
  hubQuestionnaire,
  submittedScores,
  type MemberScores,
} from '~/services/hub-members.server';

export interface HubContext {
  questionnaireId: string;
  definition: Questionnaire;
  cycles: number[];
  cycle: number;
}

/** Which questionnaire and cycle a hub page shows (the cycle from the URL when valid). */
export function hubContext(
  hubId: number,
  requestedCycle: number | undefined,
): HubContext | undefined {
  const questionnaireId = hubQuestionnaire(hubId) ?? getEnv().FLAGSHIP_QUESTIONNAIRE;
  const definition = latestDefinition(questionnaireId);
  if (!definition) return undefined;
  const cycles = hubCycles(hubId, questionnaireId);
  const fallback = cycles[0] ?? new Date().getFullYear();
  const cycle =
    requestedCycle !== undefined && cycles.includes(requestedCycle) ? requestedCycle : fallback;
  return { questionnaireId, definition, cycles, cycle };
}

export interface HeatMapView {
  domains: { id: string; title: string }[];
  levels: { level: number; name: string }[];
  top: number;
  rows: {
    organisationId: number;
    name: string;
    assessmentId: number;
    cells: { id: string; score: number | null; level: number | null }[];
  }[];
  median: { id: string; score: number | null }[];
}

/** Domains of the version most members answered, with those of the newest version as fallback. */
function domainsFor(members: MemberScores[], fallback: Questionnaire, locale: string) {
  const counts = new Map<number, number>();
  for (const m of members) counts.set(m.versionId, (counts.get(m.versionId) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const definition = (common !== undefined ? getDefinition(common) : undefined) ?? fallback;
  return {
    definition,
    domains: definition.domains.map((d) => ({ id: d.id, title: textIn(d.title, locale) })),
  };
}

export function heatMap(
  hubId: number,
  ctx: HubContext,
  locale: string,
  sort: { key: string; direction: 'asc' | 'desc' },
): HeatMapView {
  const members = submittedScores(hubId, ctx.questionnaireId, ctx.cycle);
  const { definition, domains } = domainsFor(members, ctx.definition, locale);
  const rows = members.map((m) => ({
    organisationId: m.organisationId,
    name: m.name,
    assessmentId: m.assessmentId,
    scores: new Map(
      [OVERALL, ...domains.map((d) => d.id)].map((id) => [id, m.nodes.get(id)?.score ?? null]),
    ),
    cells: [OVERALL, ...domains.map((d) => d.id)].map((id) => ({
      id,
      score: m.nodes.get(id)?.score ?? null,
      level: m.nodes.get(id)?.level ?? null,
    })),
  }));
  const key =
    sort.key === 'name' || sort.key === 'overall'
      ? sort.key === 'overall'
        ? OVERALL
        : 'name'
      : domains.some((d) => d.id === sort.key)
        ? sort.key
        : 'name';
  return {
    domains,
    levels: definition.maturity.levels.map((l) => ({
      level: l.level,
      name: textIn(l.name, locale),
    })),
    top: topLevel(definition),
    rows: sortRows(rows, key, sort.direction).map(({ scores: _, ...row }) => row),
    median: [OVERALL, ...domains.map((d) => d.id)].map((id) => ({
      id,
      score: median(rows.map((r) => r.scores.get(id) ?? null)),
    })),
  };
}

export interface InsightsView {
  levels: number[];
  domains: {
    id: string;
    title: string;
    distribution: number[];
    movement: Record<Movement, number> | null;
    leaders: { name: string; named: boolean }[];
    laggards: { name: string }[];
    unnamedLeaders: number;
  }[];
  previousCycle: number | null;
}

/** Per domain: members at each level, movement since the previous cycle, who leads and lags. */
export function insights(hubId: number, ctx: HubContext, locale: string): InsightsView {
  const members = submittedScores(hubId, ctx.questionnaireId, ctx.cycle);
  const { definition, domains } = domainsFor(members, ctx.definition, locale);
  const levels = definition.maturity.levels.map((l) => l.level);
  const previousCycle = ctx.cycles.find((c) => c < ctx.cycle) ?? null;
  const previous =
    previousCycle === null ? [] : submittedScores(hubId, ctx.questionnaireId, previousCycle);
  const optedIn = namedExamples(members.map((m) => m.organisationId));
  return {
    levels,
    previousCycle,
    domains: domains.map((domain) => {
      const distribution = levels.map(
        (level) => members.filter((m) => m.nodes.get(domain.id)?.level === level).length,
      );
      const standings = members.flatMap((m) => {
        const score = m.nodes.get(domain.id)?.score;
        return score === null || score === undefined
          ? []
          : [{ organisationId: m.organisationId, score }];
      });
      const { leaders, laggards } = leadersAndLaggards(standings);
      const nameOf = (id: number) => members.find((m) => m.organisationId === id)?.name ?? '';
      const named = leaders.filter((l) =>
        optedIn.some((o) => o.organisationId === l.organisationId && o.domainId === domain.id),
      );
      return {
        id: domain.id,
        title: domain.title,
        distribution,
        movement:
          previousCycle === null
            ? null
            : movement(
                new Map(
                  previous.map((m) => [m.organisationId, m.nodes.get(domain.id)?.level ?? null]),
                ),
                new Map(
                  members.map((m) => [m.organisationId, m.nodes.get(domain.id)?.level ?? null]),
                ),
              ),
        leaders: named.map((l) => ({ name: nameOf(l.organisationId), named: true })),
        unnamedLeaders: leaders.length - named.length,
        laggards: laggards.map((l) => ({ name: nameOf(l.organisationId) })),
      };
    }),
  };
}
