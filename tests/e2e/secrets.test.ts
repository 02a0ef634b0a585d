import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { Client, DEMO_PASSWORD } from '../support/http';
import { startServer, type RunningServer } from '../support/server';

const files: string[] = [];
const servers: RunningServer[] = [];

function databaseFile(name: string) {
  const file = resolve('tests/.tmp', `${name}-${Date.now()}.db`);
  files.push(file);
  return file;
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const file of files)
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

function linkIn(html: string, to: string, kind: string): string {
  const article = html.split('<article').find((a) => a.includes(`To ${to}`)) ?? '';
  const link = new RegExp(`http://[^\\s<"]+/${kind}/([A-Za-z0-9_-]+)`).exec(article);
  if (!link?.[1]) throw new Error(`no ${kind} link for ${to}`);
  return link[1];
}

describe('secrets never reach the logs', () => {
  test('passwords, one-time tokens, session ids and the secret appear in no log line and no audit entry', async () => {
    const secret = 'a-session-secret-that-must-stay-secret-0123456789';
    const file = databaseFile('secrets');
    const server = await startServer({ databaseFile: file, env: { SESSION_SECRET: secret } });
    servers.push(server);
    // The demo password is printed at start on purpose: it is a public, documented demo login.
    const secrets: string[] = [secret];

    const attacker = new Client(server.url);
    await attacker.get('/login');
    const wrong = 'wrong-secret-attempt-42';
    secrets.push(wrong);
    expect(
      (
        await attacker.post('/login', {
          email: 'lead@demo.example',
          password: wrong,
          redirectTo: '/',
        })
      ).status,
    ).toBe(400);

    const admin = await new Client(server.url).signIn('admin@demo.example');
    await admin.get('/admin/users');
    const email = 'secret.keeper@demo.example';
    expect(
      (await admin.post('/admin/users', { email, name: 'Sam Secret', grant: 'viewer:1' })).status,
    ).toBe(200);
    const invitation = linkIn((await admin.get('/admin/outbox')).html, email, 'invitations');
    secrets.push(invitation);

    const invitee = new Client(server.url);
    await invitee.get(`/invitations/${invitation}`);
    const chosen = 'walnut harbour forty lamps';
    secrets.push(chosen);
    const accepted = await invitee.post(`/invitations/${invitation}`, {
      name: 'Sam Secret',
      password: chosen,
      confirm: chosen,
    });
    expect(accepted.status).toBe(303);
    const session = /session=([^;]+)/.exec(
      (await invitee.request('/account')).headers.get('set-cookie') ?? '',
    )?.[1];
    if (session) secrets.push(session);

    const stranger = new Client(server.url);
    await stranger.get('/reset-password');
    await stranger.post('/reset-password', { email });
    // The reset mail is written just after the answer: wait for it to be in the outbox.
    await expect
      .poll(async () => (await admin.get('/admin/outbox')).html.includes('reset-password/'))
      .toBe(true);
    const reset = linkIn((await admin.get('/admin/outbox')).html, email, 'reset-password');
    secrets.push(reset);
    const fresh = 'seven quiet lighthouses';
    secrets.push(fresh);
    await stranger.get(`/reset-password/${reset}`);
    expect(
      (await stranger.post(`/reset-password/${reset}`, { password: fresh, confirm: fresh })).status,
    ).toBe(303);

    // Both mails (the invitation and the reset) are logged; the log reaches us through a pipe.
    await expect
      .poll(() =>
        server
          .output()
          .split(`Mail #`)
          .filter((l) => l.includes(` to ${email}:`)),
      )
      .toHaveLength(2);
    const output = server.output();
    for (const value of secrets) expect(output).not.toContain(value);

    const db = new Database(file, { readonly: true });
    const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    db.close();
    expect(audit).toContain('sign-in.failed');
    expect(audit).toContain('password.reset');
    for (const value of secrets) expect(audit).not.toContain(value);
  });
});

describe('cookies in production', () => {
  test('session and CSRF cookies are __Host- prefixed, Secure, HttpOnly and SameSite=Lax', async () => {
    const server = await startServer({
      databaseFile: databaseFile('production'),
      env: {
        APP_MODE: 'production',
        SESSION_SECRET: 'production-secret-production-secret-123',
        SEED_DEMO: 'true',
        PUBLIC_URL: 'https://maturity.example.org',
      },
    });
    servers.push(server);
    const client = new Client(server.url);
    const login = await client.request('/login');
    expect(login.headers.get('strict-transport-security')).toContain('max-age=31536000');
    const csrfCookie = login.headers.getSetCookie().find((c) => c.startsWith('__Host-csrf='));
    expect(csrfCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Secure/);
    client.csrf = /name="csrf" value="([^"]*)"/.exec(await login.text())?.[1] ?? '';
    const signIn = await client.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
      body: new URLSearchParams({
        email: 'lead@demo.example',
        password: DEMO_PASSWORD,
        redirectTo: '/',
        csrf: client.csrf,
      }),
    });
    expect(signIn.status).toBe(303);
    const sessionCookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-session='));
    expect(sessionCookie).toMatch(
      /^__Host-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure; Max-Age=\d+$/,
    );
    expect(sessionCookie).not.toMatch(/Domain=/i);
    expect((await client.request('/account')).status).toBe(200);
  });

  test('production refuses to start without a session secret, and says why', async () => {
    await expect(
      startServer({
        databaseFile: databaseFile('nosecret'),
        env: { APP_MODE: 'production', SESSION_SECRET: '' },
      }),
    ).rejects.toThrow(/SESSION_SECRET is required when APP_MODE=production/);
  });
});
