import { publicLink } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { audit } from '~/models/audit.server';
import { isHubMember } from '~/models/hub.server';
import { leadsOf } from '~/models/role.server';
import { sendMail } from './mail.server';

export type ReminderOutcome =
  | { status: 'reminded'; recipients: number }
  /** The parliament has no lead respondent: nobody was written to (the attempt is logged). */
  | { status: 'no-lead' }
  | { status: 'not-member' };

/**
 * A coordinator reminds a member parliament of a cycle: each lead respondent gets an e-mail in
 * their own language (or `language` when they chose none) with a link to the parliament's
 * assessments, built from the configured public address. The reminder is logged either way.
 */
export async function remindMember(input: {
  hub: { id: number; name: string };
  coordinator: { id: number; name: string };
  organisationId: number;
  cycle: number;
  language: string;
  address: string;
}): Promise<ReminderOutcome> {
  const { hub, coordinator, organisationId, cycle } = input;
  if (!isHubMember(hub.id, organisationId)) return { status: 'not-member' };
  const leads = leadsOf(organisationId);
  for (const lead of leads) {
    const t = await getFixedT(lead.locale ?? input.language, 'mail');
    await sendMail({
      to: lead.email,
      subject: t('reminder.subject', { cycle }),
      body: t('reminder.body', {
        name: lead.name,
        coordinator: coordinator.name,
        hub: hub.name,
        cycle,
        link: publicLink(`/o/${organisationId}/assessments`),
      }),
    });
  }
  audit({
    action: 'hub.reminder-sent',
    actorId: coordinator.id,
    targetType: 'organisation',
    targetId: organisationId,
    organisationId,
    address: input.address,
    detail: { cycle, recipients: leads.length },
  });
  return leads.length ? { status: 'reminded', recipients: leads.length } : { status: 'no-lead' };
}
