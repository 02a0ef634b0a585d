import { getFormProps, useForm } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '~/components/forms';
import {
  chamberTypes,
  incomeGroups,
  ipuGroups,
  memberBands,
  staffBands,
} from '~/domain/organisation';
import type { PeerGroup } from '~/domain/peer-groups';

/**
 * The cycle and the peer group a dashboard compares with: a plain GET form, so that the choice
 * stays in the address and works without JavaScript.
 */
export function PeerGroupForm({
  questionnaire,
  cycle,
  cycles,
  group,
  hubs,
}: {
  questionnaire: string;
  cycle: number;
  cycles: readonly number[];
  group: PeerGroup;
  hubs: readonly { id: number; name: string }[];
}) {
  const { t } = useTranslation('dashboard');
  const chosen = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  const [form, fields] = useForm({
    id: 'peer',
    defaultValue: {
      cycle: String(cycle),
      ipu: chosen(group.ipu),
      chamber: chosen(group.chamber),
      members: chosen(group.members),
      staff: chosen(group.staff),
      income: chosen(group.income),
      hub: chosen(group.hub),
    },
  });
  const options = (values: readonly string[], labelOf: (value: string) => string) =>
    values.map((value) => ({ value, label: labelOf(value) }));
  const any = t('peers.any');
  return (
    <Form
      method="get"
      className="peer-form no-print"
      aria-labelledby="peer-title"
      {...getFormProps(form)}
    >
      <input type="hidden" name="questionnaire" value={questionnaire} />
      <h3 id="peer-title">{t('peers.title')}</h3>
      <p className="field-hint">{t('peers.hint')}</p>
      <div className="form-grid">
        <SelectField
          id="cycle"
          field={fields.cycle}
          label={t('cycle')}
          options={options(cycles.map(String), (c) => c)}
        />
        <SelectField
          field={fields.ipu}
          label={t('peers.ipu')}
          placeholder={any}
          options={options(ipuGroups, (v) => t(`common:ipuGroups.${v}`))}
        />
        <SelectField
          field={fields.chamber}
          label={t('peers.chamber')}
          placeholder={any}
          options={options(chamberTypes, (v) => t(`common:chamberTypes.${v}`))}
        />
        <SelectField
          field={fields.members}
          label={t('peers.members')}
          placeholder={any}
          options={options(
            memberBands.map((b) => b.id),
            (v) => t(`peers.bands.${v}`),
          )}
        />
        <SelectField
          field={fields.staff}
          label={t('peers.staff')}
          placeholder={any}
          options={options(
            staffBands.map((b) => b.id),
            (v) => t(`peers.bands.${v}`),
          )}
        />
        <SelectField
          field={fields.income}
          label={t('peers.income')}
          placeholder={any}
          options={options(incomeGroups, (v) => t(`common:incomeGroups.${v}`))}
        />
        <SelectField
          field={fields.hub}
          label={t('peers.hub')}
          placeholder={any}
          options={hubs.map((h) => ({ value: String(h.id), label: h.name }))}
        />
        <button type="submit" className="button">
          {t('peers.compare')}
        </button>
      </div>
    </Form>
  );
}
