import { healthReport } from '~/services/health.server';

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export function loader() {
  const result = healthReport();
  return Response.json(result, {
    status: result.ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
