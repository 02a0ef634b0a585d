import type { RouteConfig } from '@remix-run/route-config';
import { index, route } from '@remix-run/route-config';

export default [
  index('routes/home.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('language', 'routes/language.ts'),
  route('locales/:lng', 'routes/locales.ts'),
] satisfies RouteConfig;
