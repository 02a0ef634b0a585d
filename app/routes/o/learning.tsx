import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { LearningPath } from '~/components/learning-path';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { TableWrap } from '~/components/table-wrap';
import { can } from '~/domain/policy';
import { documentTitle } from '~/lib/meta';
import { organisationLearning } from '~/services/organisation-learning.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'organisation:view');
  const { locale, t } = await requestT(args, 'learn');
  const view = organisationLearning({
    organisationId: organisation.id,
    userId: user.id,
    questionnaire: new URL(args.request.url).searchParams.get('questionnaire'),
    locale,
    // The lead respondent follows the team's progress; coordinators see completion on their
    // hub page.
    withTeam: can(user.actor, 'organisation:manage-team', {
      organisationId: organisation.id,
      hubIds,
    }),
  });
  return {
    ...view,
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
