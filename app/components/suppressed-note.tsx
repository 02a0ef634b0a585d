import { useTranslation } from 'react-i18next';
import type { SuppressionReason } from '~/domain/statistics';

/** Why a peer figure is not shown, in words. */
export function SuppressedNote({
  reason,
  minimum,
  inline = false,
}: {
  reason: SuppressionReason;
  minimum: number;
  inline?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const text = t(`suppressed.${reason}`, { minimum });
  return inline ? <span className="suppressed">{text}</span> : <p className="suppressed">{text}</p>;
}
