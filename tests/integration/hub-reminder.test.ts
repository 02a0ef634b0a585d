import { beforeAll, describe, expect, test } from 'vitest';
import { getEnv } from '~/lib/env.server';
import { listAudit } from '~/models/audit.server';
import { listMessages } from '~/models/outbox.server';
import { setDisabled, setLocale } from '~/models/user.server';
import { remindMember } from '~/services/hub-reminder.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

/*
 * A coordinator's reminder: one e-mail per active lead respondent, in the lead's own language
 * (the coordinator's when the lead chose none), linking to the parliament's assessments from the
 * configured address; and one audit entry, whoever received it.
 */

let hub: { id: number; name: string };
let coordinator: { id: number; name: string };
let member: number;
let leads: { french: string; unset: string };
let leaderless: number;
let outsider: number;

beforeAll(() => {
  member = makeOrganisation();
  leaderless = makeOrganisation();
  outsider = makeOrganisation();
  hub = { id: makeHub([member, leaderless]), name: 'Hub of the reminders' };
  coordinator = { id: makeUser({ coordinates: hub.id }).id, name: 'Chidi Coordinator' };
  const french = makeUser({ role: 'lead', organisationId: member });
  setLocale(french.id, 'fr');
  const unset = makeUser({ role: 'lead', organisationId: member });
  leads = { french: french.email, unset: unset.email };
  // Neither a viewer nor a disabled lead is written to.
  makeUser({ role: 'viewer', organisationId: member });
  setDisabled(makeUser({ role: 'lead', organisationId: member }).id, true);
  makeUser({ role: 'contributor', organisationId: leaderless });
});

const remind = (organisationId: number) =>
  remindMember({
    hub: hub,
    coordinator,
    organisationId,
    cycle: 2031,
    language: 'en',
    address: '203.0.113.9',
  });

const mailSince = (id: number) =>
  listMessages({ limit: 1000 })
    .filter((m) => m.id > id)
    .sort((a, b) => a.id - b.id);
const lastMailId = () => listMessages({ limit: 1 })[0]?.id ?? 0;
const reminders = (organisationId: number) =>
  listAudit({ action: 'hub.reminder-sent', limit: 1000 }).filter(
    (e) => e.organisationId === organisationId,
  );

describe("reminding a member's lead respondents", () => {
  test('each active lead gets one e-mail in their language, with the link to the assessments', async () => {
    const before = lastMailId();
    expect(await remind(member)).toEqual({ status: 'reminded', recipients: 2 });
    const link = `${getEnv().publicUrl}/o/${member}/assessments`;
    expect(mailSince(before).map((m) => [m.to, m.subject])).toEqual(
      expect.arrayContaining([
        [leads.french, 'Rappel : évaluation 2031 de la gouvernance des TIC'],
        [leads.unset, 'Reminder: the 2031 ICT governance assessment'],
      ]),
    );
    expect(mailSince(before)).toHaveLength(2);
    for (const mail of mailSince(before)) {
      expect(mail.body).toContain(link);
      expect(mail.body).toContain('Chidi Coordinator');
      expect(mail.body).toContain('Hub of the reminders');
    }
    expect(reminders(member).map((e) => [e.targetType, e.targetId, e.address, e.detail])).toEqual([
      ['organisation', String(member), '203.0.113.9', { cycle: 2031, recipients: 2 }],
    ]);
  });

  test.each([
    // The attempt is logged, with nobody written to.
    ['a member without a lead respondent', () => leaderless, { status: 'no-lead' }, 1],
    // Nothing is sent, nothing is logged.
    ['a parliament outside the hub', () => outsider, { status: 'not-member' }, 0],
  ])('%s', async (_, organisationId, outcome, logged) => {
    const before = lastMailId();
    expect(await remind(organisationId())).toEqual(outcome);
    expect(mailSince(before)).toEqual([]);
    expect(reminders(organisationId())).toHaveLength(logged);
  });
});
