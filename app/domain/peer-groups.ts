import { z } from 'zod';
import {
  bandRange,
  chamberTypes,
  incomeGroups,
  ipuGroups,
  memberBand,
  memberBands,
  staffBand,
  staffBands,
  type ChamberType,
  type IncomeGroup,
  type IpuGroup,
} from './organisation';

/**
 * A peer group: all parliaments, or those sharing one or more attributes with the viewer's
 * choice. It lives in the URL (?ipu=arab&chamber=lower), so a view can be shared.
 */
export const peerGroupSchema = z.object({
  ipu: z.enum(ipuGroups).optional(),
  chamber: z.enum(chamberTypes).optional(),
  members: z.enum(memberBands.map((b) => b.id) as [string, ...string[]]).optional(),
  staff: z.enum(staffBands.map((b) => b.id) as [string, ...string[]]).optional(),
  income: z.enum(incomeGroups).optional(),
  hub: z.coerce.number().int().positive().optional(),
});

export type PeerGroup = z.output<typeof peerGroupSchema>;
export const peerGroupKeys = ['ipu', 'chamber', 'members', 'staff', 'income', 'hub'] as const;

/** The peer group in a URL; unknown or malformed values are dropped (and reported). */
export function parsePeerGroup(params: URLSearchParams): { group: PeerGroup; ignored: string[] } {
  const group: PeerGroup = {};
  const ignored: string[] = [];
  for (const key of peerGroupKeys) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = peerGroupSchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(group, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { group, ignored };
}

/** A stable key for caching, e.g. "chamber=lower&ipu=arab" ("" for all parliaments). */
export function peerGroupKey(group: PeerGroup): string {
  return peerGroupKeys
    .filter((k) => group[k] !== undefined)
    .map((k) => `${k}=${String(group[k])}`)
    .join('&');
}

export interface PeerAttributes {
  ipuGroup: IpuGroup;
  chamberType: ChamberType;
  members: number;
  staff: number;
  incomeGroup: IncomeGroup;
  hubIds: readonly number[];
}

/**
 * What membership of a group means, attribute by attribute: the one rule that the database query
 * for a group's scores and the check of one parliament (inPeerGroup) both follow.
 */
export type Criterion =
  | { attribute: 'ipuGroup'; equals: IpuGroup }
  | { attribute: 'chamberType'; equals: ChamberType }
  | { attribute: 'incomeGroup'; equals: IncomeGroup }
  | { attribute: 'members' | 'staff'; from: number; to: number }
  | { attribute: 'hub'; hubId: number };

export function groupCriteria(group: PeerGroup): Criterion[] {
  const criteria: Criterion[] = [];
  if (group.ipu) criteria.push({ attribute: 'ipuGroup', equals: group.ipu });
  if (group.chamber) criteria.push({ attribute: 'chamberType', equals: group.chamber });
  if (group.income) criteria.push({ attribute: 'incomeGroup', equals: group.income });
  if (group.members)
    criteria.push({ attribute: 'members', ...bandRange(memberBands, group.members) });
  if (group.staff) criteria.push({ attribute: 'staff', ...bandRange(staffBands, group.staff) });
  if (group.hub !== undefined) criteria.push({ attribute: 'hub', hubId: group.hub });
  return criteria;
}

function meets(org: PeerAttributes, criterion: Criterion): boolean {
  switch (criterion.attribute) {
    case 'ipuGroup':
      return org.ipuGroup === criterion.equals;
    case 'chamberType':
      return org.chamberType === criterion.equals;
    case 'incomeGroup':
      return org.incomeGroup === criterion.equals;
    case 'members':
    case 'staff':
      return org[criterion.attribute] >= criterion.from && org[criterion.attribute] <= criterion.to;
    case 'hub':
      return org.hubIds.includes(criterion.hubId);
  }
}

export function inPeerGroup(org: PeerAttributes, group: PeerGroup): boolean {
  return groupCriteria(group).every((criterion) => meets(org, criterion));
}

/** The single-attribute groups an organisation belongs to (and "all"), for "what others see". */
export function groupsOf(org: PeerAttributes): PeerGroup[] {
  return [
    {},
    { ipu: org.ipuGroup },
    { chamber: org.chamberType },
    { members: memberBand(org.members) },
    { staff: staffBand(org.staff) },
    { income: org.incomeGroup },
    ...org.hubIds.map((hub) => ({ hub })),
  ];
}
