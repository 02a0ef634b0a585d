import type { RouteConfig } from '@remix-run/route-config';
import { index, layout, prefix, route } from '@remix-run/route-config';

export default [
  index('routes/home.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('language', 'routes/language.ts'),
  route('locales/:lng', 'routes/locales.ts'),

  route('login', 'routes/login.tsx'),
  route('logout', 'routes/logout.ts'),
  route('reset-password', 'routes/reset-password.tsx'),
  route('reset-password/:token', 'routes/reset-password.$token.tsx'),
  route('invitations/:token', 'routes/invitations.$token.tsx'),
  route('account', 'routes/account.tsx'),

  route('o/:orgId', 'routes/o/layout.tsx', [
    index('routes/o/overview.tsx'),
    route('team', 'routes/o/team.tsx'),
  ]),

  ...prefix('admin', [
    layout('routes/admin/layout.tsx', [
      index('routes/admin/index.tsx'),
      route('organisations', 'routes/admin/organisations.tsx'),
      route('organisations/new', 'routes/admin/organisation-edit.tsx', {
        id: 'admin-organisation-new',
      }),
      route('organisations/import', 'routes/admin/organisations-import.tsx'),
      route('organisations/:orgId', 'routes/admin/organisation-edit.tsx', {
        id: 'admin-organisation-edit',
      }),
      route('cohorts', 'routes/admin/cohorts.tsx'),
      route('cohorts/:cohortId', 'routes/admin/cohort-edit.tsx'),
      route('users', 'routes/admin/users.tsx'),
      route('users/:userId', 'routes/admin/user-edit.tsx'),
      route('audit', 'routes/admin/audit.tsx'),
      route('outbox', 'routes/admin/outbox.tsx'),
    ]),
  ]),
] satisfies RouteConfig;
