import { describe, expect, test } from 'vitest';
import type { OrganisationInput } from '~/domain/organisation';
import { listAudit } from '~/models/audit.server';
import { getOrganisationFor } from '~/models/organisation.server';
import { organisationRecord, saveOrganisation } from '~/services/organisation-record.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

const admin = () => makeUser({ isAdmin: true });

const values = (overrides: Partial<OrganisationInput> = {}): OrganisationInput => ({
  name: 'Parliament of Testland',
  country: 'Testland',
  ipuGroup: 'african',
  chamberType: 'lower',
  members: 120,
  staff: 450,
  incomeGroup: 'lower-middle',
  isDemo: false,
  ...overrides,
});

const loggedFor = (organisationId: number) =>
  listAudit({ limit: 1000 })
    .filter((e) => e.organisationId === organisationId)
    .map((e) => [e.action, e.targetId, e.address]);

describe("a parliament's record", () => {
  test('its facts, its hubs by name, and its people', () => {
    const id = makeOrganisation({ name: 'Recorded Parliament' });
    const b = makeHub([id]);
    const a = makeHub([id]);
    const lead = makeUser({ role: 'lead', organisationId: id });
    const organisation = getOrganisationFor(admin().actor(), id);
    const record = organisationRecord({ organisation });
    expect(record.organisation?.name).toBe('Recorded Parliament');
    expect(record.hubs.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect(record.team.map((m) => [m.userId, m.role, m.pending])).toEqual([
      [lead.id, 'lead', false],
    ]);
  });

  test('the page that adds one is blank', () => {
    expect(organisationRecord({ organisation: undefined })).toEqual({
      organisation: null,
      hubs: [],
      team: [],
    });
  });
});

describe('saving a parliament', () => {
  test('a new one is created and logged', () => {
    const by = admin();
    const saved = saveOrganisation({
      values: values({ name: 'Brand New Assembly' }),
      actorId: by.id,
      address: '192.0.2.1',
    });
    if (saved.status !== 'created') throw new Error(`not created: ${saved.status}`);
    expect(getOrganisationFor(by.actor(), saved.id)).toMatchObject({
      name: 'Brand New Assembly',
      country: 'Testland',
      members: 120,
      staff: 450,
    });
    expect(loggedFor(saved.id)).toEqual([['organisation.created', String(saved.id), '192.0.2.1']]);
  });

  let round = 0;
  test.each([
    ['its own name kept', (tag: string) => `Kept ${tag}`, 'Testland', { status: 'updated' }],
    [
      'a name free in that country',
      (tag: string) => `Renamed ${tag}`,
      'Testland',
      { status: 'updated' },
    ],
    // "Taken" is another parliament's name in Testland, not in Otherland.
    [
      'a name taken in another country only',
      (tag: string) => `Taken ${tag}`,
      'Otherland',
      { status: 'updated' },
    ],
    [
      'a name another parliament has in that country',
      (tag: string) => `Taken ${tag}`,
      'Testland',
      { status: 'duplicate' },
    ],
  ])('changing one, with %s', (_, name, country, outcome) => {
    const tag = `${++round}`;
    makeOrganisation({ name: `Taken ${tag}`, country: 'Testland' });
    const id = makeOrganisation({ name: `Kept ${tag}`, country: 'Testland' });
    const by = admin();
    const saved = saveOrganisation({
      organisationId: id,
      values: values({ name: name(tag), country, staff: 999 }),
      actorId: by.id,
      address: '192.0.2.1',
    });
    expect(saved).toEqual(outcome);
    const stored = getOrganisationFor(by.actor(), id);
    if (outcome.status === 'updated') {
      expect([stored?.name, stored?.country, stored?.staff]).toEqual([name(tag), country, 999]);
      expect(loggedFor(id)).toEqual([['organisation.updated', String(id), '192.0.2.1']]);
    } else {
      // Nothing written: the factory's 300 staff stay.
      expect([stored?.name, stored?.staff]).toEqual([`Kept ${tag}`, 300]);
      expect(loggedFor(id)).toEqual([]);
    }
  });
});
