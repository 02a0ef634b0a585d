import { describe, expect, test } from 'vitest';
import { organisationList } from '~/services/organisation-list.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

describe('the list of parliaments', () => {
  test('each by name, with its hubs and how many people it has', () => {
    const zeta = makeOrganisation({ name: 'Zeta Assembly', country: 'Zetaland' });
    const alpha = makeOrganisation({ name: 'Alpha Senate', country: 'Alphaland' });
    const mid = makeOrganisation({ name: 'Mid Chamber', country: 'Midland' });
    const north = makeHub([alpha, zeta]);
    const south = makeHub([alpha]);
    makeUser({ role: 'lead', organisationId: alpha });
    makeUser({ role: 'viewer', organisationId: alpha });
    makeUser({ role: 'contributor', organisationId: zeta });
    // A coordinator is nobody's member.
    makeUser({ coordinates: north });
    const rows = organisationList().filter((o) => [zeta, alpha, mid].includes(o.id));
    expect(rows.map((o) => [o.name, o.country, o.hubs.map((c) => c.id).sort(), o.people])).toEqual([
      ['Alpha Senate', 'Alphaland', [north, south].sort(), 2],
      ['Mid Chamber', 'Midland', [], 0],
      ['Zeta Assembly', 'Zetaland', [north], 1],
    ]);
  });
});
