import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DomainWorkTable } from '~/components/assessment/domain-work-table';
import { ReopenForm } from '~/components/assessment/reopen-form';
import { Notice } from '~/components/forms';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { readForm } from '~/access/csrf.server';
import { requireAnswerAccess, requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { requirePermission } from '~/access/session.server';
import { documentTitle } from '~/lib/meta';
import { assessmentOverview } from '~/services/assessment-overview.server';
import { assignDomain } from '~/services/domain-assignment.server';
import { markDomainReady } from '~/services/domain-review.server';
import { reopenWithReason } from '~/services/reopen-assessment.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, assessment, definition, target } = requireAssessment(
    args,
    'assessment:view',
  );
  const { locale, t } = await requestT(args, 'assessment');
  return assessmentOverview({
    actor: user.actor,
    organisationId: organisation.id,
    assessment,
    definition,
    target,
    locale,
    t,
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** The page's forms, one per intent; messages are i18n keys. */
function overviewForm(definition: Questionnaire) {
  const domainId = z
    .string({ error: 'assessment:overview.unknownDomain' })
    .refine((id) => definition.domains.some((d) => d.id === id), {
      message: 'assessment:overview.unknownDomain',
    });
  const person = z.coerce
    .number({ error: 'assessment:overview.assignInvalid' })
    .int('assessment:overview.assignInvalid')
    .positive('assessment:overview.assignInvalid');
  return z.discriminatedUnion(
    'intent',
    [
      z.object({
        intent: z.literal('assign'),
        domainId,
        userId: z.array(person).default([]),
      }),
      z.object({ intent: z.enum(['ready', 'not-ready']), domainId }),
      z.object({
        intent: z.literal('reopen'),
        reason: z
          .string({ error: 'assessment:reopen.reasonRequired' })
          .trim()
          .min(5, 'assessment:reopen.reasonRequired')
          .max(2000),
      }),
    ],
    { error: 'assessment:overview.unknownAction' },
  );
}

const refused = (error: string) => data({ error }, { status: 400 });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireAssessment(args, 'assessment:view');
  const { user, organisation, assessment, target } = ctx;
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: overviewForm(ctx.definition) });
  if (submission.status !== 'success') {
    const first = Object.values(submission.error ?? {}).flatMap((errors) => errors ?? [])[0];
    return refused(first ?? 'assessment:overview.unknownAction');
  }
  const asked = submission.value;
  switch (asked.intent) {
    case 'reopen': {
      requirePermission(args, 'assessment:reopen', target);
      const { landing } = reopenWithReason({
        actor: user.actor,
        organisationId: organisation.id,
        assessment,
        target,
        reason: asked.reason,
        address: args.context.clientAddress,
      });
      return redirect(landing, 303);
    }
    case 'assign': {
      requirePermission(args, 'assessment:manage', target);
      const assigned = assignDomain({
        assessmentId: assessment.id,
        organisationId: organisation.id,
        domainId: asked.domainId,
        userIds: asked.userId,
        assignedBy: user.id,
      });
      if (assigned.status === 'not-assignable') return refused('assessment:overview.assignInvalid');
      return { notice: 'assigned' };
    }
    case 'ready':
    case 'not-ready': {
      // Marking a domain ready is for the people who answer it.
      const place = requireAnswerAccess(args, ctx, { domainId: asked.domainId });
      if (!place) return refused('assessment:overview.unknownDomain');
      const ready = asked.intent === 'ready';
      markDomainReady({
        assessmentId: assessment.id,
        domainId: place.domainId,
        userId: user.id,
        ready,
      });
      return { notice: ready ? 'marked-ready' : 'marked-not-ready' };
    }
  }
}

export default function AssessmentOverview() {
  const { t } = useTranslation('assessment');
  const { base, status, domains, people, canManage, canReopen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const answered = domains.reduce((n, d) => n + d.answered, 0);
  const total = domains.reduce((n, d) => n + d.total, 0);
  const review = domains.reduce((n, d) => n + d.needsReview, 0);
  const open = status !== 'submitted';
  return (
    <>
      {params.get('prefilled') ? (
        <Notice tone="info">
          {t('overview.prefilled', { count: Number(params.get('prefilled')) })}
        </Notice>
      ) : null}
      {params.get('submitted') ? (
        <Notice tone="success">{t('overview.submittedNotice')}</Notice>
      ) : null}
      {params.get('reopened') ? (
        <Notice tone="warning">{t('overview.reopenedNotice')}</Notice>
      ) : null}
      {actionData && 'notice' in actionData ? (
        <Notice tone="success">{t(`overview.notice.${actionData.notice}`)}</Notice>
      ) : null}
      {actionData && 'error' in actionData ? (
        <Notice tone="error">{t(actionData.error.replace('assessment:', ''))}</Notice>
      ) : null}
      <p className="progress-summary">
        {t('overview.progress', { answered, total })}
        {review > 0 ? ` ${t('overview.toReview', { count: review })}` : ''}
      </p>
      <progress max={total} value={answered} aria-label={t('overview.progressLabel')}>
        {answered}/{total}
      </progress>
      <DomainWorkTable
        base={base}
        domains={domains}
        people={people}
        assign={canManage && open}
        open={open}
      />
      {canReopen && status === 'submitted' ? <ReopenForm /> : null}
    </>
  );
}
