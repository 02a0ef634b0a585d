import { describe, expect, test } from 'vitest';
import { adminOverview } from '~/services/admin-overview.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

describe('the administration front page', () => {
  test('counts parliaments, hubs and people, and lists every questionnaire version', () => {
    // This file's database starts with the shipped questionnaires only.
    const before = adminOverview().counts;
    expect(before).toEqual({ organisations: 0, hubs: 0, users: 0 });
    const [first, second] = [makeOrganisation(), makeOrganisation()];
    makeHub([first, second]);
    makeUser();
    makeUser({ role: 'lead', organisationId: first });
    makeUser({ isAdmin: true });
    const view = adminOverview();
    // 2 parliaments, 1 hub (with both as members), 3 people.
    expect(view.counts).toEqual({ organisations: 2, hubs: 1, users: 3 });
    // The two shipped versions of the flagship, in order (questionnaires/examples/ is not
    // registered); the content hash is not shown.
    expect(view.versions.map((v) => [v.questionnaireId, v.version, v.title, v.status])).toEqual([
      ['parliamentary-ict-governance', '1.0', 'Parliamentary ICT Governance Maturity', 'published'],
      ['parliamentary-ict-governance', '1.1', 'Parliamentary ICT Governance Maturity', 'published'],
    ]);
    expect(view.versions.every((v) => !('contentHash' in v))).toBe(true);
  });
});
