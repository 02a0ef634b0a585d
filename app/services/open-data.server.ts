import {
  chamberTypes,
  incomeGroups,
  ipuGroups,
  memberBands,
  staffBands,
} from '~/domain/organisation';
import { peerGroupKey, type PeerGroup } from '~/domain/peer-groups';
import { textIn } from '~/domain/questionnaire/text';
import { OVERALL } from '~/domain/scoring/score';
import { peerFigures, type SuppressionReason, type Summary } from '~/domain/statistics';
import { listHubs } from '~/models/hub.server';
import { getDefinition, latestPublishedVersion } from '~/models/questionnaire.server';
import { submittedCycles } from '~/models/assessment.server';
import { peerScores } from '~/models/score-snapshot.server';
import { minimumPeers } from './peer-minimum.server';

export interface OpenFigures {
  questionnaire: string;
  cycle: number;
  minimumPeers: number;
  quantileMethod: string;
  groups: {
    group: PeerGroup;
    key: string;
    parliaments: number;
    nodes: {
      id: string;
      title: string;
      figures: Summary | null;
      suppressed: SuppressionReason | null;
    }[];
  }[];
}

/**
 * Anonymised benchmark figures for open data: per peer group and per domain (and overall), the
 * same statistics as the dashboards, under the same disclosure rules. No parliament is named.
 */
export function openFigures(input: {
  questionnaireId?: string;
  cycle?: number;
}): OpenFigures | undefined {
  const version = latestPublishedVersion(input.questionnaireId);
  if (!version) return undefined;
  const definition = getDefinition(version.id);
  const cycles = submittedCycles(version.questionnaireId);
  const k = minimumPeers();
  // By default the newest cycle with enough parliaments to publish anything: a cycle that has
  // only just begun would otherwise hide every figure.
  const cycle =
    input.cycle !== undefined && cycles.some((c) => c.cycle === input.cycle)
      ? input.cycle
      : (cycles.find((c) => c.parliaments >= k) ?? cycles[0])?.cycle;
  if (!definition || cycle === undefined) return undefined;
  const groups: PeerGroup[] = [
    {},
    ...ipuGroups.map((ipu) => ({ ipu })),
    ...chamberTypes.map((chamber) => ({ chamber })),
    ...memberBands.map((b) => ({ members: b.id })),
    ...staffBands.map((b) => ({ staff: b.id })),
    ...incomeGroups.map((income) => ({ income })),
    ...listHubs().map((c) => ({ hub: c.id })),
  ];
  const nodes = [
    { id: OVERALL, title: 'Overall' },
    ...definition.domains.map((d) => ({ id: d.id, title: textIn(d.title, 'en') })),
  ];
  return {
    questionnaire: version.questionnaireId,
    cycle,
    minimumPeers: k,
    quantileMethod:
      'Linear interpolation between order statistics (Hyndman & Fan type 7; R and NumPy default, Excel PERCENTILE.INC)',
    groups: groups.map((group) => {
      const peers = peerScores({ questionnaireId: version.questionnaireId, cycle, group });
      return {
        group,
        key: peerGroupKey(group) || 'all',
        parliaments: peers.peers >= k ? peers.peers : 0,
        nodes: nodes.map((node) => {
          const figures = peerFigures(peers.scores.get(node.id) ?? [], k);
          return {
            ...node,
            figures: figures.shown ? figures.value : null,
            suppressed: figures.shown ? null : figures.reason,
          };
        }),
      };
    }),
  };
}
