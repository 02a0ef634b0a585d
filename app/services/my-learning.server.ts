import type { Actor } from '~/domain/policy';
import { progressOf } from '~/models/learning.server';
import { workspaceOf, type Workspace } from '~/models/role.server';
import {
  allModules,
  moduleCard,
  organisationPath,
  type ModuleCard,
  type OrganisationPathView,
} from './learning.server';

export interface MyLearningView {
  /** The modules the learner opened, the latest started or completed first. */
  modules: (ModuleCard & {
    status: 'started' | 'completed';
    startedAt: string;
    completedAt: string | null;
    bestScore: number | null;
  })[];
  /** The learner's progress by module id. */
  status: Record<string, 'started' | 'completed'>;
  /** The learning path of each of the learner's parliaments that submitted an assessment. */
  paths: { organisation: Workspace['organisations'][number]; path: OrganisationPathView }[];
}

/** A learner's own page: their modules and their parliaments' learning paths. */
export function myLearningView(input: {
  userId: number;
  actor: Actor;
  locale: string;
}): MyLearningView {
  const { locale } = input;
  const progress = progressOf(input.userId);
  const cards = new Map(
    allModules().map(({ module, definition }) => [
      module.id,
      moduleCard(module, definition, locale),
    ]),
  );
  const modules = [...progress.values()]
    .flatMap((p) => {
      const card = cards.get(p.moduleId);
      return card
        ? [
            {
              ...card,
              status: p.status,
              startedAt: p.startedAt.toISOString(),
              completedAt: p.completedAt?.toISOString() ?? null,
              bestScore: p.bestScore,
            },
          ]
        : [];
    })
    .sort((a, b) => (b.completedAt ?? b.startedAt).localeCompare(a.completedAt ?? a.startedAt));
  return {
    modules,
    status: Object.fromEntries([...progress].map(([id, p]) => [id, p.status])),
    paths: workspaceOf(input.actor).organisations.flatMap((o) => {
      const path = organisationPath(o.id, locale);
      return path ? [{ organisation: o, path }] : [];
    }),
  };
}
