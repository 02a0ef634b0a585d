import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { Client } from '../support/http';
import { demoIds } from '../support/demo-ids';
import { fillPath, pagePaths } from '../support/routes';

/*
 * Every route × every role × own parliament / another parliament of the same hub / a parliament
 * of another hub, over real HTTP against the built server. A route missing from the matrix
 * fails the test: adding a route means deciding, here, who may use it.
 */

type Principal =
  'anonymous' | 'learner' | 'viewer' | 'contributor' | 'lead' | 'coordinator' | 'admin';
type Target = 'own' | 'sibling' | 'stranger';
type Outcome = 'ok' | 'redirect' | 'login' | 'forbidden' | 'notfound' | 'method';

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
  /** The form posted (besides a valid CSRF token); empty when not given. */
  body?: () => Record<string, string>;
}

/** assessment:view — members; coordinators of the hub (the assessments here are submitted); administrators. */
const assessmentViewers = organisationViewers;
/** assessment:manage — the parliament's own lead respondent only (administrators run the platform, not assessments). */
const ownLead = (p: Principal, t: Target): Outcome =>
  !signedIn(p) ? 'login' : p === 'lead' && t === 'own' ? 'ok' : 'forbidden';
/** Nobody may change the answers of a submitted assessment. */
const nobodyOnSubmitted = (p: Principal): Outcome => (signedIn(p) ? 'forbidden' : 'login');
/** hub:view and hub:manage — coordinators of the hub, administrators. */
const hubCoordinators = (p: Principal, t: Target): Outcome => {
  if (!signedIn(p)) return 'login';
  if (p === 'admin') return 'ok';
  return p === 'coordinator' && t !== 'stranger' ? 'ok' : 'forbidden';
};

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
  '/o/:orgId': { get: organisationViewers, post: teamManagers },
  '/o/:orgId/team': { get: organisationViewers, post: teamManagers },
  '/o/:orgId/assessments': { get: organisationViewers, post: ownLead },
  '/o/:orgId/assessments/:assessmentId': { get: assessmentViewers, post: assessmentViewers },
  '/o/:orgId/assessments/:assessmentId/domains/:domainId': {
    get: assessmentViewers,
    post: nobodyOnSubmitted,
  },
  '/o/:orgId/assessments/:assessmentId/targets': { get: assessmentViewers, post: ownLead },
  '/o/:orgId/assessments/:assessmentId/submit': { get: ownLead, post: ownLead },
  '/o/:orgId/assessments/:assessmentId/history': { get: assessmentViewers },
  '/o/:orgId/assessments/:assessmentId/results': { get: assessmentViewers },
  '/o/:orgId/assessments/:assessmentId/answers': {
    get: (p, t) => (organisationViewers(p, t) === 'ok' ? 'method' : organisationViewers(p, t)),
    post: nobodyOnSubmitted,
    body: () => ({ questionId: ids.firstQuestion, operation: 'matrix-operation-1' }),
  },
  '/o/:orgId/learning': { get: organisationViewers },
  '/o/:orgId/dashboard': { get: organisationViewers },
  '/o/:orgId/dashboard/csv': { get: organisationViewers },
  '/o/:orgId/visibility': { get: organisationViewers, post: ownLead },
  '/hubs/:hubId': { get: hubCoordinators, post: hubCoordinators },
  '/hubs/:hubId/heatmap': { get: hubCoordinators },
  '/hubs/:hubId/insights': { get: hubCoordinators },
  '/hubs/:hubId/learning': { get: hubCoordinators },
  '/hubs/:hubId/report': { get: hubCoordinators },
  '/hubs/:hubId/members/:orgId': { get: hubCoordinators },
  '/hubs/:hubId/export.csv': { get: hubCoordinators },
  '/hubs/:hubId/export.xlsx': { get: hubCoordinators },
  '/hubs/:hubId/export.json': { get: hubCoordinators },
  '/open-data/benchmarks.json': { get: open },
  '/open-data/benchmarks.csv': { get: open },
  '/learn': { get: signedInOnly },
  '/learn/mine': { get: signedInOnly },
  '/learn/modules/:moduleId': { get: signedInOnly, post: (p) => (signedIn(p) ? 'ok' : 'login') },
  '/admin': { get: adminOnly },
  '/admin/organisations': { get: adminOnly },
  '/admin/organisations/new': { get: adminOnly, post: adminOnly },
  '/admin/organisations/import': { get: adminOnly, post: adminOnly },
  '/admin/organisations/:orgId': { get: adminOnly, post: adminOnly },
  '/admin/hubs': { get: adminOnly, post: adminOnly },
  '/admin/hubs/:hubId': { get: adminOnly, post: adminOnly },
  '/admin/users': { get: adminOnly, post: adminOnly },
  '/admin/users/:userId': { get: adminOnly, post: adminOnly },
  '/admin/audit': { get: adminOnly },
  '/admin/outbox': { get: adminOnly },
  // Old addresses of hub pages: a permanent redirect to /hubs/, for anyone (the page checks).
  '/cohorts/*': { get: () => 'redirect' },
  '/*': { get: () => 'notfound', post: () => 'notfound' },
};

const pages = pagePaths();
const hasAction = (file: string) =>
  /export (async )?function action\b/.test(readFileSync(`app/${file}`, 'utf8'));

let ids: ReturnType<typeof demoIds>;
const clients = new Map<Principal, Client>();

function url(path: string, target: Target): string {
  const org = { own: ids.valdoria, sibling: ids.lindmark, stranger: ids.bekora }[target];
  const hub = { own: ids.hubGovernance, sibling: ids.hubGovernance, stranger: ids.hubAfrica }[
    target
  ];
  const user = { own: ids.contributor, sibling: ids.learner, stranger: ids.leadAzanu }[target];
  const assessment = {
    own: ids.valdoriaSubmitted,
    sibling: ids.lindmarkSubmitted,
    stranger: ids.bekoraSubmitted,
  }[target];
  return fillPath(path, {
    assessmentId: assessment,
    domainId: ids.firstDomain,
    moduleId: ids.firstModule,
    orgId: org,
    hubId: hub,
    userId: user,
    token: 'not-a-real-token',
    lng: 'fr',
  });
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
  if (status === 405) return 'method';
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
        // A refusal says nothing about a parliament the person may not see. (Members see their
        // own parliament's name in the navigation; hub coordinators may see their members.)
        if (got === 'forbidden' && organisationViewers(principal, target) !== 'ok') {
          expect(body).not.toContain(targetNames[target]);
        }
      }
    }
    expect(found).toEqual(wanted);
  });

  test.each(pages.filter((p) => hasAction(p.file)).map((p) => [p.path, p.index] as const))(
    'POST %s',
    async (path, index) => {
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
          const result = await client.post(
            url(path, target) + (index ? '?index' : ''),
            matrix[path]?.body?.() ?? {},
          );
          found.push(`${principal}/${target}: ${outcome(result.status, result.location)}`);
          wanted.push(`${principal}/${target}: ${rule(principal, target)}`);
        }
      }
      expect(found).toEqual(wanted);
    },
  );
});
