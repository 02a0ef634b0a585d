import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireOrganisation } from '~/access/guards.server';
import { requestLocale, requestT } from '~/access/locale.server';
import { CsrfInput, Notice } from '~/components/forms';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { can } from '~/domain/policy';
import { documentTitle } from '~/lib/meta';
import { nameGoodPractice } from '~/services/good-practice-naming.server';
import { whatOthersSee } from '~/services/what-others-see.server';

/** The boxes ticked; the service keeps only the domains of the questionnaire shown. */
const namedSchema = z.object({
  domain: z
    .array(z.string().optional())
    .transform((ids) => ids.filter((id): id is string => id !== undefined)),
});

const questionnaireOf = (request: Request) =>
  new URL(request.url).searchParams.get('questionnaire');

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'results:view');
  const { locale, t } = await requestT(args, ['dashboard', 'common']);
  const view = whatOthersSee({
    organisation: { ...organisation, hubIds },
    questionnaire: questionnaireOf(args.request),
    locale,
    t,
  });
  return {
    ...view,
    canManage: can(user.actor, 'results:manage-visibility', {
      organisationId: organisation.id,
      hubIds,
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
  const submission = parseWithZod(await readForm(args), { schema: namedSchema });
  if (submission.status !== 'success') return data({ saved: false }, { status: 400 });
  const outcome = nameGoodPractice({
    organisationId: organisation.id,
    userId: user.id,
    questionnaire: questionnaireOf(args.request),
    domains: submission.value.domain,
    locale: await requestLocale(args),
  });
  return { saved: outcome.status === 'saved' };
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
