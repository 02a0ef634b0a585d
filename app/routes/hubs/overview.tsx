import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireHub } from '~/access/guards.server';
import { requestLocale, requestT } from '~/access/locale.server';
import { CyclePicker } from '~/components/cycle-picker';
import { Notice } from '~/components/forms';
import { HubMembersTable } from '~/components/hub-members-table';
import { JoinRequests } from '~/components/join-requests';
import { cycleParam } from '~/lib/http.server';
import { documentTitle } from '~/lib/meta';
import { decideJoinRequest } from '~/services/join-request-decision.server';
import { hubOverview } from '~/services/hub-overview.server';
import { remindMember } from '~/services/hub-reminder.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, hub } = requireHub(args, 'hub:view');
  const { t } = await requestT(args, 'hub');
  const requestedCycle = cycleParam(new URL(args.request.url));
  return {
    hubId: hub.id,
    ...hubOverview({ hubId: hub.id, actor: user.actor, requestedCycle }),
    meta: { title: hub.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** A row the form names; anything that is not a whole number names none (0). */
const rowId = z.number().int().catch(0);

const hubAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.enum(['accept', 'decline']), requestId: rowId }),
  z.object({
    intent: z.literal('remind'),
    organisationId: rowId,
    cycle: z
      .number()
      .int()
      .min(1)
      .max(9999)
      .catch(() => new Date().getFullYear()),
  }),
]);

export async function action(args: ActionFunctionArgs) {
  const { user, hub } = requireHub(args, 'hub:manage');
  const submission = parseWithZod(await readForm(args), { schema: hubAction });
  if (submission.status !== 'success') return data({ notice: 'unknown' }, { status: 400 });
  const input = submission.value;
  const address = args.context.clientAddress;
  if (input.intent === 'remind') {
    const reminded = await remindMember({
      hub,
      coordinator: user,
      organisationId: input.organisationId,
      cycle: input.cycle,
      language: await requestLocale(args),
      address,
    });
    if (reminded.status === 'not-member') return data({ notice: 'not-member' }, { status: 400 });
    return { notice: reminded.status };
  }
  const decided = decideJoinRequest({
    hubId: hub.id,
    requestId: input.requestId,
    accept: input.intent === 'accept',
    userId: user.id,
    address,
  });
  if (decided.status === 'gone') return data({ notice: 'request-gone' }, { status: 409 });
  return { notice: decided.status };
}

const successes: readonly string[] = ['accepted', 'declined', 'reminded'];

export default function HubOverviewPage() {
  const { t } = useTranslation('hub');
  const { hubId, cycles, cycle, total, members, requests, canManage } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitted = members.filter((m) => m.status === 'submitted').length;
  const started = members.filter((m) => m.status === 'draft' || m.status === 'reopened').length;
  return (
    <>
      <CyclePicker cycles={cycles} cycle={cycle} />
      {actionData?.notice ? (
        <Notice tone={successes.includes(actionData.notice) ? 'success' : 'warning'}>
          {t(`notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <p className="progress-summary">
        {t('overview.summary', {
          submitted,
          started,
          notStarted: members.length - submitted - started,
          total: members.length,
          cycle,
        })}
      </p>
      <HubMembersTable
        hubId={hubId}
        cycle={cycle}
        total={total}
        members={members}
        canManage={canManage}
      />
      <p className="no-print">
        {t('exports.title')}:{' '}
        <a href={`/hubs/${hubId}/export.csv?cycle=${cycle}`}>{t('exports.csv')}</a> ·{' '}
        <a href={`/hubs/${hubId}/export.xlsx?cycle=${cycle}`}>{t('exports.xlsx')}</a> ·{' '}
        <a href={`/hubs/${hubId}/export.json?cycle=${cycle}`}>{t('exports.json')}</a> ·{' '}
        <a href={`/hubs/${hubId}/export.csv?cycle=${cycle}&kind=answers`}>
          {t('exports.answersCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/hubs/${hubId}/export.xlsx?cycle=${cycle}&kind=answers`}>
          {t('exports.answersXlsx')}
        </a>
      </p>
      {canManage ? <JoinRequests requests={requests} /> : null}
    </>
  );
}
