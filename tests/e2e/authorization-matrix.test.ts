import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import routes from '~/routes';
import { Client } from '../support/http';
import { demoIds } from '../support/demo-ids';

/*
 * Every route × every role × own parliament / another parliament of the same hub / a parliament
 * of another hub, over real HTTP against the built server. A route missing from the matrix
 * fails the test: adding a route means deciding, here, who may use it.
 */

type Principal =
  'anonymous' | 'learner' | 'viewer' | 'contributor' | 'lead' | 'coordinator' | 'admin';
type Target = 'own' | 'sibling' | 'stranger';
type Outcome = 'ok' | 'redirect' | 'login' | 'forbidden' | 'notfound';

const principals: Principal[] = [
  'anonymous',
  'learner',
  'viewer',
  'contributor',
  'lead',
  'coordinator',
  'admin',
];
const targets: Target[] = ['own', 'sibling', 'stranger'];
const emails: Record<Exclude<Principal, 'anonymous'>, string> = {
  learner: 'learner@demo.example',
  viewer: 'viewer@demo.example',
  contributor: 'contributor@demo.example',
  lead: 'lead@demo.example',
  coordinator: 'coordinator@demo.example',
  admin: 'admin@demo.example',
};

const members = new Set<Principal>(['viewer', 'contributor', 'lead']);
const signedIn = (p: Principal) => p !== 'anonymous';

/** Anyone, signed in or not. */
const open = (): Outcome => 'ok';
const signedInOnly = (p: Principal): Outcome => (signedIn(p) ? 'ok' : 'login');
const adminOnly = (p: Principal): Outcome =>
  p === 'admin' ? 'ok' : signedIn(p) ? 'forbidden' : 'login';
/** organisation:view — members of the parliament, coordinators of its hubs, administrators. */
const organisationViewers = (p: Principal, t: Target): Outcome => {
  if (!signedIn(p)) return 'login';
  if (p === 'admin') return 'ok';
  if (t === 'own' && members.has(p)) return 'ok';
  if (p === 'coordinator' && t !== 'stranger') return 'ok';
  return 'forbidden';
};
/** organisation:manage-team — the parliament's lead respondent, administrators. */
const teamManagers = (p: Principal, t: Target): Outcome => {
  if (!signedIn(p)) return 'login';
  return p === 'admin' || (p === 'lead' && t === 'own') ? 'ok' : 'forbidden';
};

interface Entry {
  get: (p: Principal, t: Target) => Outcome;
  /** undefined: the route has no action. 'skip' needs a reason and a test elsewhere. */
  post?: ((p: Principal, t: Target) => Outcome) | { skip: string };
}

const matrix: Record<string, Entry> = {
  '/': { get: open },
  '/healthz': { get: open },
  '/language': { get: () => 'redirect', post: () => 'redirect' },
  '/locales/:lng': { get: open },
  '/login': {
    get: (p) => (signedIn(p) ? 'redirect' : 'ok'),
    post: (p) => (signedIn(p) ? 'redirect' : 'ok'),
  },
  '/logout': {
    get: () => 'redirect',
    post: { skip: 'ends the session: covered by the sign-out journey in accounts.test.ts' },
  },
  '/reset-password': { get: open, post: open },
  '/reset-password/:token': { get: open, post: open },
  '/invitations/:token': { get: open, post: open },
  '/account': { get: signedInOnly, post: (p) => (signedIn(p) ? 'ok' : 'login') },
  '/o/:orgId': { get: organisationViewers },
  '/o/:orgId/team': { get: organisationViewers, post: teamManagers },
  '/admin': { get: adminOnly },
  '/admin/organisations': { get: adminOnly },
  '/admin/organisations/new': { get: adminOnly, post: adminOnly },
  '/admin/organisations/import': { get: adminOnly, post: adminOnly },
  '/admin/organisations/:orgId': { get: adminOnly, post: adminOnly },
  '/admin/cohorts': { get: adminOnly, post: adminOnly },
  '/admin/cohorts/:cohortId': { get: adminOnly, post: adminOnly },
  '/admin/users': { get: adminOnly, post: adminOnly },
  '/admin/users/:userId': { get: adminOnly, post: adminOnly },
  '/admin/audit': { get: adminOnly },
  '/admin/outbox': { get: adminOnly },
};

interface RouteEntry {
  file?: string;
  path?: string;
  index?: boolean;
  children?: RouteEntry[];
}

/** Every page a browser can request: leaf routes, with their full paths. */
function manifest(entries: readonly RouteEntry[], prefix = ''): { path: string; file: string }[] {
  return entries.flatMap((entry) => {
    const path = entry.path ? `${prefix}/${entry.path}`.replace(/\/+/g, '/') : prefix;
    if (entry.children?.length) return manifest(entry.children, path);
    return entry.file ? [{ path: path || '/', file: entry.file }] : [];
  });
}

const pages = manifest(routes as RouteEntry[]);
const hasAction = (file: string) =>
  /export (async )?function action\b/.test(readFileSync(`app/${file}`, 'utf8'));

let ids: ReturnType<typeof demoIds>;
const clients = new Map<Principal, Client>();

function url(path: string, target: Target): string {
  const org = { own: ids.valdoria, sibling: ids.lindmark, stranger: ids.bekora }[target];
  const cohort = { own: ids.hubGovernance, sibling: ids.hubGovernance, stranger: ids.hubAfrica }[
    target
  ];
  const user = { own: ids.contributor, sibling: ids.learner, stranger: ids.leadAzanu }[target];
  return path
    .replace(':orgId', String(org))
    .replace(':cohortId', String(cohort))
    .replace(':userId', String(user))
    .replace(':token', 'not-a-real-token')
    .replace(':lng', 'fr');
}

const targetNames: Record<Target, string> = {
  own: 'Parliament of Valdoria',
  sibling: 'Storting of Lindmark',
  stranger: 'National Assembly of Bekora',
};

function outcome(status: number, location: string | null): Outcome {
  if (status >= 300 && status < 400) return location?.startsWith('/login') ? 'login' : 'redirect';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notfound';
  if (status < 300 || status === 400 || status === 409 || status === 410 || status === 413)
    return 'ok';
  return `unexpected ${status}` as Outcome;
}

beforeAll(async () => {
  ids = demoIds();
  for (const principal of principals) {
    const client = new Client();
    if (principal === 'anonymous') await client.get('/login');
    else await client.signIn(emails[principal]);
    clients.set(principal, client);
  }
}, 120_000);

describe('authorization matrix', () => {
  test('every route is in the matrix, and the matrix names no route that does not exist', () => {
    expect(pages.map((p) => p.path).sort()).toEqual(Object.keys(matrix).sort());
  });

  test('every route with an action says who may post to it', () => {
    const missing = pages
      .filter((p) => hasAction(p.file) && matrix[p.path]?.post === undefined)
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  test.each(pages.map((p) => [p.path, p.file] as const))('GET %s', async (path) => {
    const entry = matrix[path];
    if (!entry) throw new Error(`${path} is not in the matrix`);
    const found: string[] = [];
    const wanted: string[] = [];
    for (const principal of principals) {
      for (const target of targets) {
        const client = clients.get(principal);
        if (!client) throw new Error('no client');
        const response = await client.request(url(path, target));
        const body = await response.text();
        const got = outcome(response.status, response.headers.get('location'));
        found.push(`${principal}/${target}: ${got}`);
        wanted.push(`${principal}/${target}: ${entry.get(principal, target)}`);
        // A refusal says nothing about the parliament asked for.
        // (Members see their own parliament's name in the navigation, whatever the page.)
        if (got === 'forbidden' && !(target === 'own' && members.has(principal))) {
          expect(body).not.toContain(targetNames[target]);
        }
      }
    }
    expect(found).toEqual(wanted);
  });

  test.each(pages.filter((p) => hasAction(p.file)).map((p) => [p.path] as const))(
    'POST %s',
    async (path) => {
      const rule = matrix[path]?.post;
      if (!rule) throw new Error(`${path} has no POST rule`);
      if (typeof rule !== 'function') {
        expect(rule.skip.length).toBeGreaterThan(10);
        return;
      }
      const found: string[] = [];
      const wanted: string[] = [];
      for (const principal of principals) {
        for (const target of targets) {
          const client = clients.get(principal);
          if (!client) throw new Error('no client');
          // A valid token and an otherwise empty form: allowed people get a validation answer.
          const result = await client.post(url(path, target), {});
          found.push(`${principal}/${target}: ${outcome(result.status, result.location)}`);
          wanted.push(`${principal}/${target}: ${rule(principal, target)}`);
        }
      }
      expect(found).toEqual(wanted);
    },
  );
});
