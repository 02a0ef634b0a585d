import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** A plain GET form to choose the cycle (kept in the address). */
export function CyclePicker({
  cycles,
  cycle,
  extra = {},
}: {
  cycles: number[];
  cycle: number;
  extra?: Record<string, string>;
}) {
  const { t } = useTranslation('hub');
  if (cycles.length <= 1) return null;
  return (
    <Form method="get" className="inline-form no-print">
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="cycle">{t('cycle')}</label>
      <select id="cycle" name="cycle" defaultValue={String(cycle)}>
        {cycles.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t('show')}
      </button>
    </Form>
  );
}
