import { beforeAll, describe, expect, test } from 'vitest';
import { demoIds } from '../support/demo-ids';
import { Client } from '../support/http';

/*
 * What hub forms say when they name something that is not there: a join request decided in
 * another tab, a parliament removed meanwhile. The ids name nothing, so nothing of the shared
 * demo changes.
 */

let ids: ReturnType<typeof demoIds>;

beforeAll(() => {
  ids = demoIds();
});

describe('a hub form naming something that is not there', () => {
  test.each(['accept', 'decline'])(
    'to %s a request that is not pending answers 409 and says it was already decided',
    async (intent) => {
      const coordinator = await new Client().signIn('coordinator@demo.example');
      await coordinator.get(`/hubs/${ids.hubGovernance}`);
      const answer = await coordinator.post(`/hubs/${ids.hubGovernance}?index`, {
        intent,
        requestId: '999999',
      });
      expect(answer.status).toBe(409);
      expect(answer.html).toContain('That request was already decided.');
    },
  );

  test('adding a parliament that does not exist to a hub is told as an error, as an alert', async () => {
    const admin = await new Client().signIn('admin@demo.example');
    await admin.get(`/admin/hubs/${ids.hubGovernance}`);
    const answer = await admin.post(`/admin/hubs/${ids.hubGovernance}`, {
      intent: 'add-member',
      organisationId: '999999',
    });
    expect(answer.status).toBe(400);
    const notice = /<div class="notice notice--(\w+)" role="(\w+)">([^<]*)<\/div>/.exec(
      answer.html,
    );
    expect(notice?.slice(1)).toEqual([
      'error',
      'alert',
      'That parliament does not exist (it may have been removed): nothing was changed.',
    ]);
  });
});
