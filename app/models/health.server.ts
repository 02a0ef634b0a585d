import { getDb } from '~/db/client.server';

export interface HealthReport {
  ok: boolean;
  database: 'ok' | 'unavailable';
}

export function checkDatabase(): HealthReport {
  try {
    const row = getDb().$client.prepare('SELECT 1 AS ok').get() as { ok: number } | undefined;
    const ok = row?.ok === 1;
    return { ok, database: ok ? 'ok' : 'unavailable' };
  } catch {
    return { ok: false, database: 'unavailable' };
  }
}
