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
import { CsrfInput, Notice } from '~/components/forms';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { setTargets, targetsPage } from '~/services/assessment-targets.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, assessment, definition, target } = requireAssessment(args, 'assessment:view');
  const { locale, t } = await requestT(args, 'assessment');
  return targetsPage({ actor: user.actor, assessment, definition, target, locale, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** One entry per domain and question: its id, and the level chosen (none when left empty). */
const targetsForm = z.object({
  targets: z.array(z.object({ node: z.string(), level: z.coerce.number().optional() })).default([]),
});

export async function action(args: ActionFunctionArgs) {
  const { user, assessment, definition } = requireAssessment(args, 'assessment:manage');
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: targetsForm });
  if (submission.status !== 'success') return data({ error: 'targets.invalid' }, { status: 400 });
  const saved = setTargets({
    assessment,
    definition,
    targets: submission.value.targets,
    userId: user.id,
  });
  if (saved.status === 'locked') return data({ error: 'targets.locked' }, { status: 409 });
  if (saved.status === 'invalid') return data({ error: 'targets.invalid' }, { status: 400 });
  return { notice: 'targets.saved' };
}

export default function Targets() {
  const { t } = useTranslation('assessment');
  const { levels, domains, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const levelName = (level: number | null) =>
    level === null ? '–' : `${level} · ${levels.find((l) => l.level === level)?.name ?? ''}`;
  // Each domain and question is one entry of the form's list: its id beside the level chosen.
  const entries = domains.flatMap((d) => [d.id, ...d.questions.map((q) => q.id)]);
  const select = (node: string, value: number | null, label: string, inherit: string) => {
    const entry = `targets[${entries.indexOf(node)}]`;
    return (
      <>
        <input type="hidden" name={`${entry}.node`} value={node} />
        <select
          name={`${entry}.level`}
          defaultValue={value === null ? '' : String(value)}
          aria-label={label}
          disabled={!canManage}
        >
          <option value="">{inherit}</option>
          {levels.map((l) => (
            <option key={l.level} value={l.level}>
              {l.level} · {l.name}
            </option>
          ))}
        </select>
      </>
    );
  };
  return (
    <>
      <h2>{t('targets.title')}</h2>
      <p>{t('targets.intro')}</p>
      {actionData && 'notice' in actionData ? (
        <Notice tone="success">{t(actionData.notice)}</Notice>
      ) : null}
      {actionData && 'error' in actionData ? (
        <Notice tone="error">{t(actionData.error)}</Notice>
      ) : null}
      <Form method="post">
        <CsrfInput />
        <div className="table-wrap">
          <table>
            <caption>{t('targets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targets.domain')}</th>
                <th scope="col">{t('targets.current')}</th>
                <th scope="col">{t('targets.target')}</th>
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.title}
                    <details>
                      <summary>{t('targets.refine')}</summary>
                      <ul className="plain-list">
                        {d.questions.map((q) => (
                          <li key={q.id}>
                            <span>{q.text}</span>{' '}
                            <span className="meta">
                              ({t('targets.now', { level: levelName(q.current) })})
                            </span>{' '}
                            {select(
                              q.id,
                              q.target,
                              t('targets.questionTarget', { question: q.text }),
                              t('targets.asDomain'),
                            )}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </th>
                  <td>{levelName(d.current)}</td>
                  <td>
                    {select(
                      d.id,
                      d.target,
                      t('targets.domainTarget', { domain: d.title }),
                      t('targets.none'),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canManage ? (
          <button type="submit" className="button">
            {t('targets.save')}
          </button>
        ) : null}
      </Form>
    </>
  );
}
