import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '~/domain/answering';

/** The question's guidance and the course modules linked to it; nothing when it has neither. */
export function QuestionGuidance({ question }: { question: QuestionView }) {
  const { t } = useTranslation('assessment');
  if (!question.guidance && !question.modules.length) return null;
  return (
    <details className="question__guidance">
      <summary>{t('answer.guidance')}</summary>
      {question.guidance?.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {question.modules.length ? (
        <>
          <p>{t('answer.modules')}</p>
          <ul>
            {question.modules.map((m) => (
              <li key={m.id}>
                <Link to={`/learn/modules/${m.id}`}>{m.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
