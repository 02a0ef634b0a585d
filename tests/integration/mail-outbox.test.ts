import { describe, expect, test } from 'vitest';
import { markSent, storeMessage } from '~/models/outbox.server';
import { mailOutbox } from '~/services/mail-outbox.server';

describe('the outbox', () => {
  test('the newest mail first, each sent, failed or kept', () => {
    const kept = storeMessage({ to: 'kept@outbox.example', subject: 'Kept', body: 'One' });
    const sent = storeMessage({ to: 'sent@outbox.example', subject: 'Sent', body: 'Two' });
    markSent(sent);
    const failed = storeMessage({ to: 'failed@outbox.example', subject: 'Failed', body: 'Three' });
    markSent(failed, 'Connection refused');
    const shown = mailOutbox().filter((m) => [kept, sent, failed].includes(m.id));
    expect(shown.map((m) => [m.id, m.to, m.subject, m.body, m.sentAt !== null, m.error])).toEqual([
      [failed, 'failed@outbox.example', 'Failed', 'Three', false, 'Connection refused'],
      [sent, 'sent@outbox.example', 'Sent', 'Two', true, null],
      [kept, 'kept@outbox.example', 'Kept', 'One', false, null],
    ]);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    for (const m of shown) expect(m.createdAt).toMatch(iso);
    expect(shown[1]?.sentAt).toMatch(iso);
  });
});
