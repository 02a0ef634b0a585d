import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LearningPath } from '~/components/learning-path';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { can } from '~/domain/policy';
import { requireOrganisation } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { organisationPath } from '~/services/learning.server';
import { documentTitle } from '~/lib/meta';
import { progressOf } from '~/models/learning.server';
import { teamProgress } from '~/services/team-learning.server';
import { TableWrap } from '~/components/table-wrap';

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, cohortIds } = requireOrganisation(args, 'organisation:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'learn');
  const path = organisationPath(
    organisation.id,
    locale,
    new URL(args.request.url).searchParams.get('questionnaire'),
  );
  const moduleIds = path?.steps.map((s) => s.module.id) ?? [];
  // The lead respondent follows the team's progress; coordinators see completion on their cohort page.
  const seesTeam = can(user.actor, 'organisation:manage-team', {
    organisationId: organisation.id,
    cohortIds,
  });
  return {
    path: path ?? null,
    mine: Object.fromEntries([...progressOf(user.id)].map(([id, p]) => [id, p.status])),
    team: seesTeam
      ? teamProgress(organisation.id, moduleIds).map((p) => ({
          userId: p.userId,
          name: p.name,
          role: p.role,
          modules: Object.fromEntries(p.modules),
        }))
      : null,
    meta: { title: t('path.title', { name: organisation.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function OrganisationLearning() {
  const { t } = useTranslation('learn');
  const { path, mine, team } = useLoaderData<typeof loader>();
  if (!path) return <p>{t('path.noAssessment')}</p>;
  return (
    <>
      <h2>{t('path.heading', { cycle: path.cycle })}</h2>
      <QuestionnairePicker choice={path.choice} />
      <p>{t('path.intro')}</p>
      <LearningPath path={path} status={(id) => mine[id] ?? null} />
      {team && path.steps.length ? (
        <section aria-labelledby="team-title">
          <h2 id="team-title">{t('team.title')}</h2>
          <TableWrap label={t('team.caption')}>
            <table className="team-progress">
              <caption>{t('team.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.person')}</th>
                  {path.steps.map((s) => (
                    <th key={s.module.id} scope="col">
                      {s.module.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {team.map((person) => (
                  <tr key={person.userId}>
                    <th scope="row">{person.name}</th>
                    {path.steps.map((s) => {
                      const state = person.modules[s.module.id];
                      return (
                        <td key={s.module.id}>
                          {state ? t(`progress.${state}`) : t('progress.none')}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
    </>
  );
}
