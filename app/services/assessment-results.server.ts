import type { TFunction } from 'i18next';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { submittedInCycle, type AssessmentSummary } from '~/models/assessment.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';
import { assessmentPath, type PathView } from './learning.server';
import { resultsView, type ResultsView } from './results.server';

export interface ResultsPage {
  base: string;
  learningHref: string;
  /** The first steps of the learning path only: the whole path has its own page. */
  learning: PathView | null;
  learningSteps: number;
  cycle: number;
  /** The baseline cycle when it was submitted: progress is measured from it. */
  baselineCycle: number | null;
  status: AssessmentSummary['status'];
  view: ResultsView;
  meta: { title: string; site: string };
}

/**
 * The results page of an assessment: its scores from the snapshot written at submission, with
 * its targets, its progress since the baseline cycle and the first steps of its learning path.
 * Undefined when it was never submitted (no snapshot).
 */
export function assessmentResults(input: {
  organisationId: number;
  assessment: AssessmentSummary;
  definition: Questionnaire;
  locale: string;
  t: TFunction;
}): ResultsPage | undefined {
  const { organisationId, assessment, locale, t } = input;
  const nodes = readSnapshot(assessment.id);
  if (nodes.size === 0) return undefined;
  const baseline = assessment.baselineCycle
    ? submittedInCycle(organisationId, assessment.questionnaireId, assessment.baselineCycle)
    : undefined;
  const view = resultsView({
    questionnaire: input.definition,
    nodes,
    targets: readTargets(assessment.id),
    baseline: baseline ? readSnapshot(baseline.id) : undefined,
    locale,
    t,
  });
  const path = assessmentPath(assessment, locale);
  return {
    base: `/o/${organisationId}/assessments/${assessment.id}`,
    learningHref: `/o/${organisationId}/learning`,
    learning: path ? { ...path, steps: path.steps.slice(0, 3) } : null,
    learningSteps: path?.steps.length ?? 0,
    cycle: assessment.cycle,
    baselineCycle: baseline ? assessment.baselineCycle : null,
    status: assessment.status,
    view,
    meta: { title: t('title', { cycle: assessment.cycle }), site: t('common:app.name') },
  };
}
