import type { TFunction } from 'i18next';
import { clusterOf, progressPerCycle } from '~/domain/clusters';
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
import { getDefinition } from '~/models/questionnaire.server';
import { getEnv } from '~/lib/env.server';
import { shownQuestionnaire, type QuestionnaireChoiceView } from './questionnaire-choice.server';
import { goodPracticeExamples } from '~/models/good-practice.server';
import { ownSubmittedCycles, peerScores } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';

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
}

function minimumPeers(): number {
  return getEnv().BENCHMARK_MIN_PEERS;
}

function ruleText(
  rule: { minScore?: number; maxScore?: number; minProgressPerCycle?: number },
  t: TFunction,
): string {
  const parts: string[] = [];
  if (rule.minScore !== undefined)
    parts.push(t('dashboard:clusters.minScore', { value: rule.minScore }));
  if (rule.maxScore !== undefined)
    parts.push(t('dashboard:clusters.maxScore', { value: rule.maxScore }));
  if (rule.minProgressPerCycle !== undefined)
    parts.push(t('dashboard:clusters.minProgress', { value: rule.minProgressPerCycle }));
  return parts.length ? parts.join(t('dashboard:clusters.and')) : t('dashboard:clusters.otherwise');
}

/**
 * A parliament's dashboard for one questionnaire (`questionnaire` as the address asks for it:
 * see shownQuestionnaire), cycle and peer group: its own scores next to its peers' (under the
 * disclosure rules), its gaps to targets, its trend across cycles and its cluster. Undefined
 * before any submission.
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
  if (own.length === 0) return undefined;
  const selected = own.find((c) => c.cycle === input.cycle) ?? own.at(-1);
  if (!selected) return undefined;
  const definition: Questionnaire | undefined = getDefinition(selected.versionId);
  if (!definition) return undefined;
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
  const targets = readTargets(selected.assessmentId).domains;

  const latestDefinition = getDefinition(own.at(-1)?.versionId ?? selected.versionId) ?? definition;
  const domainIds = [...new Set(own.flatMap((c) => [...c.nodes.keys()]))].filter(
    (id) => id !== OVERALL,
  );
  const titleOf = (id: string) => {
    const domain =
      latestDefinition.domains.find((d) => d.id === id) ??
      definition.domains.find((d) => d.id === id);
    return domain ? textIn(domain.title, locale) : id;
  };
  const order = latestDefinition.domains.map((d) => d.id);
  domainIds.sort(
    (a, b) =>
      (order.indexOf(a) === -1 ? 999 : order.indexOf(a)) -
      (order.indexOf(b) === -1 ? 999 : order.indexOf(b)),
  );

  // Progress as it stood at the cycle shown: later cycles do not reach back into it.
  const overallSeries = own
    .filter((c) => c.cycle <= selected.cycle)
    .flatMap((c) => {
      const score = c.nodes.get(OVERALL)?.score;
      return score === null || score === undefined ? [] : [{ cycle: c.cycle, score }];
    });
  const progress = progressPerCycle(overallSeries);
  const examples = goodPracticeExamples(organisation.id);
  const clusters = loadClusters();
  const overallScore = selected.nodes.get(OVERALL)?.score ?? null;
  const cluster =
    overallScore === null
      ? undefined
      : clusterOf(clusters, { score: overallScore, progressPerCycle: progress });

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
    gaps: definition.domains
      .flatMap((d) => {
        const target = targets.get(d.id) ?? null;
        const level = selected.nodes.get(d.id)?.level ?? null;
        const gap = levelGap(target, level);
        return target !== null && gap !== null && gap > 0
          ? [{ id: d.id, title: textIn(d.title, locale), level, target, gap }]
          : [];
      })
      .sort((a, b) => b.gap - a.gap || a.title.localeCompare(b.title)),
    trend: {
      cycles: own.map((c) => c.cycle),
      series: [
        {
          id: OVERALL,
          title: t('dashboard:overall'),
          values: own.map((c) => c.nodes.get(OVERALL)?.score ?? null),
        },
        ...domainIds.map((id) => ({
          id,
          title: titleOf(id),
          values: own.map((c) => c.nodes.get(id)?.score ?? null),
        })),
      ],
    },
    cluster: cluster
      ? {
          id: cluster.id,
          name: textIn(cluster.name, locale),
          description: cluster.description ? textIn(cluster.description, locale) : '',
          rule: ruleText(cluster.rule, t),
          progressPerCycle: progress,
        }
      : null,
    viewerInGroup: inPeerGroup(organisation, group),
    examples: definition.domains.flatMap((d) => {
      const names = examples.get(d.id);
      return names?.length ? [{ id: d.id, title: textIn(d.title, locale), names }] : [];
    }),
  };
}
