import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: 'draft' | 'submitted' | 'reopened' }) {
  const { t } = useTranslation('assessment');
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
