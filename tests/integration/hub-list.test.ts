import { afterEach, describe, expect, test, vi } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { getHub } from '~/models/hub.server';
import { createHub, hubList } from '~/services/hub-list.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

describe('the list of hubs', () => {
  test('counts each hub its own members', () => {
    const small = makeHub([makeOrganisation()]);
    const large = makeHub([makeOrganisation(), makeOrganisation(), makeOrganisation()]);
    const none = makeHub();
    const counts = new Map(hubList().map((c) => [c.id, c.members]));
    expect([counts.get(small), counts.get(large), counts.get(none)]).toEqual([1, 3, 0]);
  });
});

describe('creating a hub', () => {
  test.each([
    ['Réseau des Amériques', 'reseau-des-ameriques'],
    ['Pacific Hub', 'pacific-hub'],
  ])('%s: its address starts with %s, and the creation is logged', (name, slug) => {
    const admin = makeUser({ isAdmin: true });
    const id = createHub({
      name,
      description: 'About it',
      actorId: admin.id,
      address: '192.0.2.3',
    });
    const hub = getHub(id);
    expect([hub?.name, hub?.description, hub?.isDemo]).toEqual([name, 'About it', false]);
    expect(hub?.slug).toMatch(new RegExp(`^${slug}-[0-9a-f]{10}$`));
    expect(hubList().filter((c) => c.slug === hub?.slug)).toHaveLength(1);
    const entry = listAudit({ action: 'hub.created', limit: 1 })[0];
    expect([entry?.targetType, entry?.targetId, entry?.address]).toEqual([
      'hub',
      String(id),
      '192.0.2.3',
    ]);
  });
});

describe('two hubs of one name', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('created at the same moment, get two addresses', () => {
    // The clock stands still: both are created in the same millisecond.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-04T10:00:00Z'));
    const admin = makeUser({ isAdmin: true });
    const hub = () =>
      createHub({ name: 'Twin Hub', description: '', actorId: admin.id, address: '192.0.2.3' });
    const slugs = [hub(), hub()].map((id) => getHub(id)?.slug ?? '');
    expect(slugs.every((s) => s.startsWith('twin-hub-'))).toBe(true);
    expect(new Set(slugs).size).toBe(2);
  });
});
