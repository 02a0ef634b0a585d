import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { PathView } from '~/services/learning.server';

/** The ordered modules of a learning path, each with why it is there. */
export function LearningPath({
  path,
  status,
  headingLevel = 3,
}: {
  path: PathView;
  status?: (moduleId: string) => string | null;
  /** The level of each module's heading, one below the section that holds the path. */
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useTranslation('learn');
  if (path.steps.length === 0) return <p>{t('path.empty', { cycle: path.cycle })}</p>;
  return (
    <ol className="learning-path">
      {path.steps.map((step) => {
        const state = status?.(step.module.id) ?? null;
        return (
          <li key={step.module.id}>
            <Heading>
              <Link to={`/learn/modules/${step.module.id}`}>{step.module.title}</Link>
              {state ? (
                <span className={`badge badge--${state === 'completed' ? 'submitted' : 'draft'}`}>
                  {t(`progress.${state}`)}
                </span>
              ) : null}
            </Heading>
            <p className="meta">
              {t('module.levels', { from: step.module.levels.from, to: step.module.levels.to })} ·{' '}
              {t('module.duration', { count: step.module.duration })}
            </p>
            <ul>
              {step.reasons.map((r, i) => (
                <li key={i}>
                  {r.aimIsNextLevel
                    ? t('path.reasonNext', { domain: r.domain, current: r.current, aim: r.aim })
                    : t('path.reason', { domain: r.domain, current: r.current, aim: r.aim })}
                  {r.questions.length
                    ? ` ${t('path.questions', { questions: r.questions.join('; ') })}`
                    : ''}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
