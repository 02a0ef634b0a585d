import { checkDatabase, type HealthReport } from '~/models/health.server';

/** What the health check answers: whether the database answers. */
export function healthReport(): HealthReport {
  return checkDatabase();
}
