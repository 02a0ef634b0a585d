import type { TFunction } from 'i18next';
import { can, type Actor } from '~/domain/policy';
import { listAssessmentsFor, type AssessmentStatus } from '~/models/assessment.server';
import { offeredVersions } from './start-assessment.server';

export interface AssessmentList {
  organisationId: number;
  assessments: {
    id: number;
    cycle: number;
    status: AssessmentStatus;
    title: string;
    version: string;
    submittedAt: string | null;
  }[];
  /** The person may start an assessment (the parliament's lead respondent). */
  canStart: boolean;
  /** The versions a new assessment may use. */
  versions: { id: number; label: string }[];
  /** The cycle the start form proposes: this year. */
  nextCycle: number;
  /** A cycle was submitted before: a new one may start from its answers. */
  hasPrevious: boolean;
  meta: { title: string; site: string };
}

/** A parliament's assessments that the person may see, newest cycle first, and how to start one. */
export function assessmentList(input: {
  actor: Actor;
  organisation: { id: number; name: string };
  hubIds: readonly number[];
  t: TFunction;
}): AssessmentList {
  const { actor, organisation, t } = input;
  const list = listAssessmentsFor(actor, organisation.id);
  return {
    organisationId: organisation.id,
    assessments: list.map((a) => ({
      id: a.id,
      cycle: a.cycle,
      status: a.status,
      title: a.title,
      version: a.version,
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    canStart: can(actor, 'assessment:manage', {
      organisationId: organisation.id,
      hubIds: input.hubIds,
    }),
    versions: offeredVersions().map((v) => ({ id: v.id, label: `${v.title} ${v.version}` })),
    nextCycle: new Date().getFullYear(),
    hasPrevious: list.some((a) => a.status === 'submitted'),
    meta: { title: t('list.title', { name: organisation.name }), site: t('common:app.name') },
  };
}
