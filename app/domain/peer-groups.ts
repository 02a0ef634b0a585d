import { z } from 'zod';
import {
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
  cohortIds: readonly number[];
}

export function inPeerGroup(org: PeerAttributes, group: PeerGroup): boolean {
  return (
    (group.ipu === undefined || org.ipuGroup === group.ipu) &&
    (group.chamber === undefined || org.chamberType === group.chamber) &&
    (group.members === undefined || memberBand(org.members) === group.members) &&
    (group.staff === undefined || staffBand(org.staff) === group.staff) &&
    (group.income === undefined || org.incomeGroup === group.income) &&
    (group.hub === undefined || org.cohortIds.includes(group.hub))
  );
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
    ...org.cohortIds.map((hub) => ({ hub })),
  ];
}
