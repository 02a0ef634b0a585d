import { requestLocale } from '~/access/locale.server';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Notice } from '~/components/forms';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { groupsOf, type PeerGroup } from '~/domain/peer-groups';
import { can } from '~/domain/policy';
import { textIn } from '~/domain/questionnaire/text';
import { effectiveMinimum, peerCount } from '~/domain/statistics';
import { readForm } from '~/access/csrf.server';
import { getEnv } from '~/lib/env.server';
import { requireOrganisation } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listCohorts } from '~/models/cohort.server';
import { getDefinition } from '~/models/questionnaire.server';
import { shownQuestionnaire } from '~/services/questionnaire-choice.server';
import { goodPracticeDomains, setGoodPractice } from '~/models/good-practice.server';
import { groupSize } from '~/models/score-snapshot.server';

/** The questionnaire the page speaks of: the same rule as the dashboard's. */
function shownFor(request: Request, organisationId: number, locale: string) {
  return shownQuestionnaire({
    organisationId,
    requested: new URL(request.url).searchParams.get('questionnaire'),
    locale,
  });
}

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, cohortIds } = requireOrganisation(args, 'results:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['dashboard', 'common']);
  const shown = shownFor(args.request, organisation.id, locale);
  const latest = shown?.assessment;
  const definition = latest ? getDefinition(latest.versionId) : undefined;
  const k = effectiveMinimum(getEnv().BENCHMARK_MIN_PEERS);
  const hubs = new Map(listCohorts().map((c) => [c.id, c.name]));
  const describe = (group: PeerGroup): string => {
    if (group.ipu) return t(`common:ipuGroups.${group.ipu}`);
    if (group.chamber) return t(`common:chamberTypes.${group.chamber}`);
    if (group.members) return t(`dashboard:peers.bands.${group.members}`);
    if (group.staff) return t(`dashboard:peers.bands.${group.staff}`);
    if (group.income) return t(`common:incomeGroups.${group.income}`);
    if (group.hub !== undefined) return hubs.get(group.hub) ?? '';
    return t('dashboard:visibility.all');
  };
  return {
    choice: shown?.choice ?? null,
    cycle: latest?.cycle ?? null,
    minimum: k,
    groups:
      latest && definition
        ? groupsOf({ ...organisation, cohortIds }).map((group) => {
            const size = groupSize(latest.questionnaireId, latest.cycle, group);
            // Others see figures only from the minimum up; under it, the exact size would tell
            // who else submitted, so it is withheld here too.
            const others = peerCount(size - 1, k);
            return {
              name: describe(group),
              size: others.shown ? size : null,
              countsForOthers: others.shown,
            };
          })
        : [],
    domains: (definition?.domains ?? []).map((d) => ({ id: d.id, title: textIn(d.title, locale) })),
    named: goodPracticeDomains(organisation.id),
    canManage: can(user.actor, 'results:manage-visibility', {
      organisationId: organisation.id,
      cohortIds,
    }),
    meta: {
      title: t('dashboard:visibility.title', { name: organisation.name }),
      site: t('common:app.name'),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, organisation } = requireOrganisation(args, 'results:manage-visibility');
  const form = await readForm(args);
  const latest = shownFor(args.request, organisation.id, await requestLocale(args))?.assessment;
  const known = new Set(
    (latest ? getDefinition(latest.versionId)?.domains : [])?.map((d) => d.id) ?? [],
  );
  const chosen = form
    .getAll('domain')
    .filter((v): v is string => typeof v === 'string' && known.has(v));
  // The form lists the domains of the questionnaire shown: those of another one stay as they are.
  setGoodPractice(organisation.id, chosen, user.id, [...known]);
  return { saved: true };
}

export default function Visibility() {
  const { t } = useTranslation('dashboard');
  const { choice, cycle, minimum, groups, domains, named, canManage } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h2>{t('visibility.heading')}</h2>
      {choice ? <QuestionnairePicker choice={choice} /> : null}
      <p>{t('visibility.intro', { minimum })}</p>
      <ul>
        <li>{t('visibility.never1')}</li>
        <li>{t('visibility.never2')}</li>
        <li>{t('visibility.never3')}</li>
      </ul>
      {cycle === null ? (
        <p>{t('visibility.noSubmission')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('visibility.caption', { cycle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('visibility.group')}</th>
                <th scope="col" className="number">
                  {t('visibility.size')}
                </th>
                <th scope="col">{t('visibility.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.name}>
                  <th scope="row">{g.name}</th>
                  <td className="number">
                    {g.size ?? t('visibility.sizeFewer', { value: minimum + 1 })}
                  </td>
                  <td>
                    {g.countsForOthers
                      ? t('visibility.counts')
                      : t('visibility.hidden', { minimum })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="named-title">
        <h2 id="named-title">{t('visibility.namedTitle')}</h2>
        <p>{t('visibility.namedIntro')}</p>
        {actionData?.saved ? <Notice tone="success">{t('visibility.saved')}</Notice> : null}
        <Form method="post">
          <CsrfInput />
          <fieldset className="checkbox-list" disabled={!canManage}>
            <legend>{t('visibility.namedLegend')}</legend>
            {domains.map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  name="domain"
                  value={d.id}
                  defaultChecked={named.includes(d.id)}
                />{' '}
                {d.title}
              </label>
            ))}
          </fieldset>
          {canManage ? (
            <button type="submit" className="button">
              {t('visibility.save')}
            </button>
          ) : (
            <p className="meta">{t('visibility.leadOnly')}</p>
          )}
        </Form>
      </section>
    </>
  );
}
