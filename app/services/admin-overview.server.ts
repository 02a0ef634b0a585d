import { listHubs } from '~/models/hub.server';
import { countOrganisations } from '~/models/organisation.server';
import { listVersions, type VersionSummary } from '~/models/questionnaire.server';
import { countUsers } from '~/models/user.server';

export interface AdminOverview {
  counts: { organisations: number; hubs: number; users: number };
  /** Every registered questionnaire version, by questionnaire then version. */
  versions: Omit<VersionSummary, 'contentHash'>[];
}

/** The administration front page: how many parliaments, hubs and people, and the questionnaires. */
export function adminOverview(): AdminOverview {
  return {
    counts: {
      organisations: countOrganisations(),
      hubs: listHubs().length,
      users: countUsers(),
    },
    versions: listVersions().map((v) => ({
      id: v.id,
      questionnaireId: v.questionnaireId,
      version: v.version,
      title: v.title,
      status: v.status,
    })),
  };
}
