import { describe, expect, test } from 'vitest';
import { audit, listAudit } from '~/models/audit.server';
import { AUDIT_PAGE, auditLog } from '~/services/audit-log.server';
import { makeUser } from '../support/factories';

describe('the audit log', () => {
  test('newest first, a page of 100 at a time, of one action when asked', () => {
    const actor = makeUser();
    // 105 failed sign-ins (numbered), among other entries.
    for (let n = 1; n <= 105; n++) {
      audit({ action: 'sign-in.failed', actorId: actor.id, address: '192.0.2.9', detail: { n } });
      if (n % 10 === 0) audit({ action: 'sign-out', actorId: actor.id });
    }
    expect(AUDIT_PAGE).toBe(100);
    const first = auditLog({ action: 'sign-in.failed' });
    // 105 to 6 on the first page; the next one starts below the 100th shown.
    expect(first.entries.map((e) => e.detail.n)).toEqual(
      Array.from({ length: 100 }, (_, i) => 105 - i),
    );
    expect(first.next).toBe(first.entries.at(-1)?.id);
    expect(first.entries[0]).toMatchObject({
      action: 'sign-in.failed',
      actorEmail: actor.email,
      address: '192.0.2.9',
    });
    expect(first.entries[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const second = auditLog({ action: 'sign-in.failed', before: first.next });
    // 5 to 1, and no page after.
    expect(second.entries.map((e) => e.detail.n)).toEqual([5, 4, 3, 2, 1]);
    expect(second.next).toBeUndefined();
  });

  test('without a filter, every action, the newest first', () => {
    audit({ action: 'sign-in' });
    const view = auditLog({});
    expect(view.entries[0]?.action).toBe('sign-in');
    expect(view.entries.map((e) => e.id)).toEqual(listAudit({ limit: 100 }).map((e) => e.id));
  });
});
