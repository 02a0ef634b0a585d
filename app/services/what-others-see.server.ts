import type { TFunction } from 'i18next';
import { groupsOf, type PeerAttributes, type PeerGroup } from '~/domain/peer-groups';
import { textIn } from '~/domain/questionnaire/text';
import { peerCount } from '~/domain/statistics';
import { listHubs } from '~/models/hub.server';
import { goodPracticeDomains } from '~/models/good-practice.server';
import { groupSize } from '~/models/score-snapshot.server';
import { minimumPeers } from './peer-minimum.server';
import { shownQuestionnaire, type QuestionnaireChoiceView } from './questionnaire-choice.server';

export interface WhatOthersSeeView {
  /** The questionnaire the page speaks of (the dashboard's rule), or null before any submission. */
  choice: QuestionnaireChoiceView | null;
  cycle: number | null;
  minimum: number;
  /** The peer groups the parliament belongs to, and whether its scores count in each. */
  groups: { name: string; size: number | null; countsForOthers: boolean }[];
  /** The domains of the questionnaire shown, where the parliament may agree to be named. */
  domains: { id: string; title: string }[];
  named: string[];
}

/**
 * "What others see": in which of its peer groups a parliament's scores count for others (its
 * latest submitted cycle of the questionnaire shown), and where it agreed to be named as a
 * good-practice example. Group names are in the reader's language.
 */
export function whatOthersSee(input: {
  organisation: PeerAttributes & { id: number };
  questionnaire: string | null | undefined;
  locale: string;
  t: TFunction;
}): WhatOthersSeeView {
  const { organisation, locale, t } = input;
  const shown = shownQuestionnaire({
    organisationId: organisation.id,
    requested: input.questionnaire,
    locale,
  });
  const latest = shown?.assessment;
  const definition = shown?.definition;
  const k = minimumPeers();
  const hubs = new Map(listHubs().map((c) => [c.id, c.name]));
  const describe = (group: PeerGroup): string => {
    if (group.ipu) return t(`common:ipuGroups.${group.ipu}`);
    if (group.chamber) return t(`common:chamberTypes.${group.chamber}`);
    if (group.members) return t(`dashboard:peers.bands.${group.members}`);
    if (group.staff) return t(`dashboard:peers.bands.${group.staff}`);
    if (group.income) return t(`common:incomeGroups.${group.income}`);
    if (group.hub !== undefined) return hubs.get(group.hub) ?? '';
    return t('dashboard:visibility.all');
  };
  return {
    choice: shown?.choice ?? null,
    cycle: latest?.cycle ?? null,
    minimum: k,
    groups:
      latest && definition
        ? groupsOf(organisation).map((group) => {
            const size = groupSize(latest.questionnaireId, latest.cycle, group);
            // Others see figures only from the minimum up; under it, the exact size would tell
            // who else submitted, so it is withheld here too.
            const others = peerCount(size - 1, k);
            return {
              name: describe(group),
              size: others.shown ? size : null,
              countsForOthers: others.shown,
            };
          })
        : [],
    domains: (definition?.domains ?? []).map((d) => ({ id: d.id, title: textIn(d.title, locale) })),
    named: goodPracticeDomains(organisation.id),
  };
}
