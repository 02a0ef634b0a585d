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
    route('assessments', 'routes/assessments/list.tsx'),
    route('assessments/:assessmentId', 'routes/assessments/layout.tsx', [
      index('routes/assessments/overview.tsx'),
      route('domains/:domainId', 'routes/assessments/domain.tsx'),
      route('targets', 'routes/assessments/targets.tsx'),
      route('submit', 'routes/assessments/submit.tsx'),
      route('history', 'routes/assessments/history.tsx'),
      route('results', 'routes/assessments/results.tsx'),
    ]),
    route('assessments/:assessmentId/answers', 'routes/assessments/answers.ts'),
    route('learning', 'routes/o/learning.tsx'),
    route('dashboard', 'routes/o/dashboard.tsx'),
    route('dashboard/csv', 'routes/o/dashboard-csv.ts'),
    route('visibility', 'routes/o/visibility.tsx'),
  ]),

  route('hubs/:hubId', 'routes/hubs/layout.tsx', [
    index('routes/hubs/overview.tsx'),
    route('heatmap', 'routes/hubs/heatmap.tsx'),
    route('insights', 'routes/hubs/insights.tsx'),
    route('learning', 'routes/hubs/learning.tsx'),
    route('report', 'routes/hubs/report.tsx'),
    route('members/:orgId', 'routes/hubs/member.tsx'),
  ]),
  route('hubs/:hubId/export.csv', 'routes/hubs/export.ts', { id: 'hub-export-csv' }),
  route('hubs/:hubId/export.xlsx', 'routes/hubs/export.ts', { id: 'hub-export-xlsx' }),
  route('hubs/:hubId/export.json', 'routes/hubs/export.ts', { id: 'hub-export-json' }),

  route('open-data/benchmarks.json', 'routes/open-data.ts', { id: 'open-data-json' }),
  route('open-data/benchmarks.csv', 'routes/open-data.ts', { id: 'open-data-csv' }),

  route('learn', 'routes/learn/index.tsx'),
  route('learn/mine', 'routes/learn/mine.tsx'),
  route('learn/modules/:moduleId', 'routes/learn/module.tsx'),

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
      route('hubs', 'routes/admin/hubs.tsx'),
      route('hubs/:hubId', 'routes/admin/hub-edit.tsx'),
      route('users', 'routes/admin/users.tsx'),
      route('users/:userId', 'routes/admin/user-edit.tsx'),
      route('audit', 'routes/admin/audit.tsx'),
      route('outbox', 'routes/admin/outbox.tsx'),
    ]),
  ]),

  route('cohorts/*', 'routes/hubs-moved.ts'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
