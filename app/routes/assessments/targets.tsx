import { requestLocale } from '~/access/locale.server';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Notice } from '~/components/forms';
import { can } from '~/domain/policy';
import { textIn } from '~/domain/questionnaire/text';
import { questionsOf } from '~/domain/questionnaire/tree';
import { scoreAssessment } from '~/domain/scoring/score';
import { isValidTarget } from '~/domain/targets';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listStoredAnswers } from '~/models/answer.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets, saveTargets } from '~/models/target.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, assessment, definition, target } = requireAssessment(args, 'assessment:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'assessment');
  const saved = readTargets(assessment.id);
  // Current levels: the submitted snapshot, or (while answering) the answers so far.
  const snapshot = readSnapshot(assessment.id);
  const nodes =
    snapshot.size > 0
      ? snapshot
      : scoreAssessment(
          definition,
          new Map(listStoredAnswers(assessment.id).map((a) => [a.questionId, a])),
        ).nodes;
  return {
    levels: definition.maturity.levels.map((l) => ({
      level: l.level,
      name: textIn(l.name, locale),
    })),
    domains: definition.domains.map((domain) => ({
      id: domain.id,
      title: textIn(domain.title, locale),
      current: nodes.get(domain.id)?.level ?? null,
      target: saved.domains.get(domain.id) ?? null,
      questions: questionsOf(domain)
        .filter((q) => q.kind !== 'text')
        .map((q) => ({
          id: q.id,
          text: textIn(q.text, locale),
          current: nodes.get(q.id)?.level ?? null,
          target: saved.questions.get(q.id) ?? null,
        })),
    })),
    canManage: can(user.actor, 'assessment:manage', target) && assessment.status !== 'submitted',
    meta: { title: t('targets.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, assessment, definition } = requireAssessment(args, 'assessment:manage');
  if (assessment.status === 'submitted') return data({ error: 'targets.locked' }, { status: 409 });
  const form = await readForm(args);
  const read = (id: string): number | undefined | 'invalid' => {
    const raw = form.get(`target::${id}`);
    if (typeof raw !== 'string' || raw === '') return undefined;
    const value = Number(raw);
    return isValidTarget(definition, value) ? value : 'invalid';
  };
  const domains = new Map<string, number>();
  const questions = new Map<string, number>();
  for (const domain of definition.domains) {
    const value = read(domain.id);
    if (value === 'invalid') return data({ error: 'targets.invalid' }, { status: 400 });
    if (value !== undefined) domains.set(domain.id, value);
    for (const question of questionsOf(domain)) {
      const refined = read(question.id);
      if (refined === 'invalid') return data({ error: 'targets.invalid' }, { status: 400 });
      if (refined !== undefined) questions.set(question.id, refined);
    }
  }
  saveTargets(assessment.id, { domains, questions }, user.id);
  return { notice: 'targets.saved' };
}

export default function Targets() {
  const { t } = useTranslation('assessment');
  const { levels, domains, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const levelName = (level: number | null) =>
    level === null ? '–' : `${level} · ${levels.find((l) => l.level === level)?.name ?? ''}`;
  const select = (name: string, value: number | null, label: string, inherit: string) => (
    <select
      name={name}
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
  );
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
                              `target::${q.id}`,
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
                      `target::${d.id}`,
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
