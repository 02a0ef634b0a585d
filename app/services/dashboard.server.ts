import type { TFunction } from 'i18next';
import { clusterOf, progressPerCycle, type Cluster } from '~/domain/clusters';
import { inPeerGroup, type PeerAttributes, type PeerGroup } from '~/domain/peer-groups';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { topLevel } from '~/domain/questionnaire/tree';
import { levelGap } from '~/domain/targets';
import { OVERALL } from '~/domain/scoring/score';
import {
  levelDistribution,
  peerCount,
  peerFigures,
  rankAmong,
  type Disclosed,
  type Summary,
} from '~/domain/statistics';
import { loadClusters } from '~/content/clusters.server';
import { listHubs } from '~/models/hub.server';
import { goodPracticeExamples } from '~/models/good-practice.server';
import { getDefinition } from '~/models/questionnaire.server';
import { ownSubmittedCycles, peerScores, type OwnCycle } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';
import { minimumPeers } from './peer-minimum.server';
import { shownQuestionnaire, type QuestionnaireChoiceView } from './questionnaire-choice.server';

export interface NodeBenchmark {
  id: string;
  title: string;
  score: number | null;
  level: number | null;
  peer: Disclosed<Summary>;
  rank: Disclosed<number> | null;
}

export interface DashboardView {
  /** The questionnaire shown, and the others this parliament submitted. */
  choice: QuestionnaireChoiceView;
  cycles: number[];
  cycle: number;
  top: number;
  levels: { level: number; name: string }[];
  /** How many other parliaments stand behind the figures (withheld under the minimum). */
  peers: Disclosed<number>;
  overall: NodeBenchmark;
  domains: NodeBenchmark[];
  distribution: Disclosed<[number, number][]>;
  gaps: { id: string; title: string; level: number | null; target: number; gap: number }[];
  /** Other parliaments that chose to be named as good-practice examples, by domain (names only). */
  examples: { id: string; title: string; names: string[] }[];
  trend: { cycles: number[]; series: { id: string; title: string; values: (number | null)[] }[] };
  cluster: {
    id: string;
    name: string;
    description: string;
    rule: string;
    progressPerCycle: number | null;
  } | null;
  /** True when the viewer's own parliament would belong to the chosen group. */
  viewerInGroup: boolean;
  /** The hubs a peer group can be drawn from. */
  hubs: { id: number; name: string }[];
}

/**
 * A parliament's dashboard for one questionnaire (`questionnaire` as the address asks for it:
 * see shownQuestionnaire), cycle and peer group: its own scores next to its peers' (under the
 * disclosure rules), its gaps to targets, its trend across cycles and its cluster. The page and
 * its CSV files show this one view. Undefined before any submission.
 */
export function dashboardView(input: {
  organisation: PeerAttributes & { id: number };
  questionnaire: string | null | undefined;
  cycle?: number;
  group: PeerGroup;
  locale: string;
  t: TFunction;
}): DashboardView | undefined {
  const { organisation, group, locale, t } = input;
  const shown = shownQuestionnaire({
    organisationId: organisation.id,
    requested: input.questionnaire,
    locale,
  });
  if (!shown) return undefined;
  const questionnaireId = shown.choice.shown.id;
  const own = ownSubmittedCycles(organisation.id, questionnaireId);
  const selected = own.find((c) => c.cycle === input.cycle) ?? own.at(-1);
  if (!selected) return undefined;
  // Each version is read once: the latest one came with the choice of questionnaire.
  const definitions = new Map([[shown.assessment.versionId, shown.definition]]);
  const definitionOf = (versionId: number) => {
    if (!definitions.has(versionId)) definitions.set(versionId, getDefinition(versionId));
    return definitions.get(versionId);
  };
  const definition = definitionOf(selected.versionId);
  if (!definition) return undefined;
  const latest = definitionOf(own.at(-1)?.versionId ?? selected.versionId) ?? definition;

  const k = minimumPeers();
  const peers = peerScores({
    questionnaireId,
    cycle: selected.cycle,
    group,
    excludeOrganisationId: organisation.id,
  });
  const benchmark = (id: string, title: string): NodeBenchmark => {
    const mine = selected.nodes.get(id);
    const values = peers.scores.get(id) ?? [];
    return {
      id,
      title,
      score: mine?.score ?? null,
      level: mine?.level ?? null,
      peer: peerFigures(values, k),
      rank: rankAmong(mine?.score ?? null, values, k),
    };
  };
  const levels = definition.maturity.levels.map((l) => ({
    level: l.level,
    name: textIn(l.name, locale),
  }));
  const distribution = levelDistribution(
    peers.levels.get(OVERALL) ?? [],
    levels.map((l) => l.level),
    k,
  );
  const examples = goodPracticeExamples(organisation.id);

  return {
    choice: shown.choice,
    cycles: own.map((c) => c.cycle).reverse(),
    cycle: selected.cycle,
    top: topLevel(definition),
    levels,
    peers: peerCount(peers.peers, k),
    overall: benchmark(OVERALL, t('dashboard:overall')),
    domains: definition.domains.map((d) => benchmark(d.id, textIn(d.title, locale))),
    distribution: distribution.shown
      ? { shown: true, value: [...distribution.value] }
      : distribution,
    gaps: gapsOf(definition, selected, readTargets(selected.assessmentId).domains, locale),
    examples: definition.domains.flatMap((d) => {
      const names = examples.get(d.id);
      return names?.length ? [{ id: d.id, title: textIn(d.title, locale), names }] : [];
    }),
    trend: trendOf(own, [latest, definition], locale, t),
    cluster: clusterView(own, selected, locale, t),
    viewerInGroup: inPeerGroup(organisation, group),
    hubs: listHubs().map((c) => ({ id: c.id, name: c.name })),
  };
}

/** The domains under their target at the cycle shown, the widest gap first. */
function gapsOf(
  definition: Questionnaire,
  selected: OwnCycle,
  targets: ReadonlyMap<string, number>,
  locale: string,
): DashboardView['gaps'] {
  return definition.domains
    .flatMap((d) => {
      const target = targets.get(d.id) ?? null;
      const level = selected.nodes.get(d.id)?.level ?? null;
      const gap = levelGap(target, level);
      return target !== null && gap !== null && gap > 0
        ? [{ id: d.id, title: textIn(d.title, locale), level, target, gap }]
        : [];
    })
    .sort((a, b) => b.gap - a.gap || a.title.localeCompare(b.title));
}

/**
 * The overall score and every domain ever scored, across all submitted cycles. Domains are
 * named and ordered as the newest version has them (`titles`: that version first, then the one
 * shown, for domains the newest no longer has).
 */
function trendOf(
  own: readonly OwnCycle[],
  titles: readonly Questionnaire[],
  locale: string,
  t: TFunction,
): DashboardView['trend'] {
  const domainIds = [...new Set(own.flatMap((c) => [...c.nodes.keys()]))].filter(
    (id) => id !== OVERALL,
  );
  const titleOf = (id: string) => {
    for (const definition of titles) {
      const domain = definition.domains.find((d) => d.id === id);
      if (domain) return textIn(domain.title, locale);
    }
    return id;
  };
  const order = titles[0]?.domains.map((d) => d.id) ?? [];
  const rank = (id: string) => (order.indexOf(id) === -1 ? 999 : order.indexOf(id));
  domainIds.sort((a, b) => rank(a) - rank(b));
  const seriesOf = (id: string, title: string) => ({
    id,
    title,
    values: own.map((c) => c.nodes.get(id)?.score ?? null),
  });
  return {
    cycles: own.map((c) => c.cycle),
    series: [
      seriesOf(OVERALL, t('dashboard:overall')),
      ...domainIds.map((id) => seriesOf(id, titleOf(id))),
    ],
  };
}

/** The maturity cluster the parliament stood in at the cycle shown, with the rule in words. */
function clusterView(
  own: readonly OwnCycle[],
  selected: OwnCycle,
  locale: string,
  t: TFunction,
): DashboardView['cluster'] {
  const score = selected.nodes.get(OVERALL)?.score ?? null;
  if (score === null) return null;
  // Progress as it stood at the cycle shown: later cycles do not reach back into it.
  const progress = progressPerCycle(
    own
      .filter((c) => c.cycle <= selected.cycle)
      .flatMap((c) => {
        const overall = c.nodes.get(OVERALL)?.score;
        return overall === null || overall === undefined
          ? []
          : [{ cycle: c.cycle, score: overall }];
      }),
  );
  const cluster = clusterOf(loadClusters(), { score, progressPerCycle: progress });
  if (!cluster) return null;
  return {
    id: cluster.id,
    name: textIn(cluster.name, locale),
    description: cluster.description ? textIn(cluster.description, locale) : '',
    rule: ruleText(cluster.rule, t),
    progressPerCycle: progress,
  };
}

function ruleText(rule: Cluster['rule'], t: TFunction): string {
  const parts: string[] = [];
  if (rule.minScore !== undefined)
    parts.push(t('dashboard:clusters.minScore', { value: rule.minScore }));
  if (rule.maxScore !== undefined)
    parts.push(t('dashboard:clusters.maxScore', { value: rule.maxScore }));
  if (rule.minProgressPerCycle !== undefined)
    parts.push(t('dashboard:clusters.minProgress', { value: rule.minProgressPerCycle }));
  return parts.length ? parts.join(t('dashboard:clusters.and')) : t('dashboard:clusters.otherwise');
}
