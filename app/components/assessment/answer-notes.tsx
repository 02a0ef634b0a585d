import { useTranslation } from 'react-i18next';
import { fieldName } from '~/domain/answer-form';
import type { QuestionView } from '~/domain/answering';

/** The comment and the evidence links of an answer, folded away until one of them is filled. */
export function AnswerNotes({
  question,
  comment,
  evidence,
}: {
  question: QuestionView;
  comment: string;
  evidence: string;
}) {
  const { t } = useTranslation('assessment');
  const id = question.id;
  return (
    <details className="question__notes" open={Boolean(comment || evidence) || undefined}>
      <summary>{t('answer.notes')}</summary>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('answer.comment')}</label>
        <textarea
          id={`${id}-comment`}
          name={fieldName(id, 'comment')}
          rows={3}
          maxLength={5_000}
          defaultValue={comment}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-evidence`}>{t('answer.evidence')}</label>
        {question.evidencePrompt ? (
          <p className="field-hint" id={`${id}-evidence-hint`}>
            {question.evidencePrompt}
          </p>
        ) : null}
        <textarea
          id={`${id}-evidence`}
          name={fieldName(id, 'evidence')}
          rows={2}
          defaultValue={evidence}
          aria-describedby={
            question.evidencePrompt
              ? `${id}-evidence-hint ${id}-evidence-format`
              : `${id}-evidence-format`
          }
        />
        <p className="field-hint" id={`${id}-evidence-format`}>
          {t('answer.evidenceFormat')}
        </p>
      </div>
    </details>
  );
}
