// Shared by the benchmarks (files starting with _ are not benchmarks themselves).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Signs in through the real form and returns the session cookie. */
export async function signIn(base: string, email: string): Promise<string> {
  const page = await fetch(`${base}/login`);
  const csrfCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const token = /name="csrf" value="([^"]*)"/.exec(await page.text())?.[1] ?? '';
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: csrfCookie,
      Origin: base,
    },
    body: new URLSearchParams({
      email,
      password: 'demo-Assembly-2026',
      redirectTo: '/',
      csrf: token,
    }),
  });
  const session = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('session='));
  if (!session) throw new Error(`sign-in failed: ${login.status}`);
  return session;
}

/** Resident memory of a process in MiB, read from /proc (Linux). */
export function residentMiB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? 0) / 1024;
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`;
}
