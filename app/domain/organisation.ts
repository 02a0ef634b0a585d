import { z } from 'zod';

/** The IPU's geopolitical groups. */
export const ipuGroups = [
  'african',
  'arab',
  'asia-pacific',
  'eurasia',
  'grulac',
  'twelve-plus',
] as const;
export const chamberTypes = ['unicameral', 'lower', 'upper'] as const;
/** World Bank income groups of the country. */
export const incomeGroups = ['low', 'lower-middle', 'upper-middle', 'high'] as const;

export type IpuGroup = (typeof ipuGroups)[number];
export type ChamberType = (typeof chamberTypes)[number];
export type IncomeGroup = (typeof incomeGroups)[number];

/** Messages are i18n keys of the common namespace, shown in forms and in import reports. */
const count = (what: 'members' | 'staff') =>
  z.coerce
    .number({ error: `validation.organisation.${what}` })
    .int(`validation.organisation.${what}`)
    .min(1, `validation.organisation.${what}`)
    .max(100_000, `validation.organisation.${what}TooLarge`);

/** A parliament or chamber as an administrator enters it, in a form or a CSV line. */
export const organisationInput = z.object({
  name: z
    .string({ error: 'validation.organisation.name' })
    .trim()
    .min(2, 'validation.organisation.name')
    .max(200, 'validation.organisation.nameTooLong'),
  country: z
    .string({ error: 'validation.organisation.country' })
    .trim()
    .min(2, 'validation.organisation.country')
    .max(100, 'validation.organisation.countryTooLong'),
  ipuGroup: z.enum(ipuGroups, { error: 'validation.organisation.ipuGroup' }),
  chamberType: z.enum(chamberTypes, { error: 'validation.organisation.chamberType' }),
  members: count('members'),
  staff: count('staff'),
  incomeGroup: z.enum(incomeGroups, { error: 'validation.organisation.incomeGroup' }),
  isDemo: z
    .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', 'on', '1', '0', ''])])
    .optional()
    .transform((v) => v === true || v === 'true' || v === 'yes' || v === 'on' || v === '1'),
});
export type OrganisationInput = z.output<typeof organisationInput>;

/** Size bands for peer groups, by members of parliament and by staff. */
export const memberBands = [
  { id: 'members-small', max: 99 },
  { id: 'members-medium', max: 299 },
  { id: 'members-large', max: Infinity },
] as const;

export const staffBands = [
  { id: 'staff-small', max: 299 },
  { id: 'staff-medium', max: 999 },
  { id: 'staff-large', max: Infinity },
] as const;

export type MemberBand = (typeof memberBands)[number]['id'];
export type StaffBand = (typeof staffBands)[number]['id'];

/** A band's whole numbers, from its lower bound to its upper one (both included). */
export function bandRange(
  bands: readonly { id: string; max: number }[],
  id: string,
): { from: number; to: number } {
  const index = bands.findIndex((b) => b.id === id);
  const from = index > 0 ? (bands[index - 1]?.max ?? 0) + 1 : 0;
  const upper = bands[index]?.max ?? Infinity;
  return { from, to: Number.isFinite(upper) ? upper : Number.MAX_SAFE_INTEGER };
}

export function memberBand(members: number): MemberBand {
  return (memberBands.find((b) => members <= b.max) ?? memberBands[2]).id;
}

export function staffBand(staff: number): StaffBand {
  return (staffBands.find((b) => staff <= b.max) ?? staffBands[2]).id;
}
