import { hubMemberList } from '~/models/hub.server';
import { progressOfPeople } from '~/models/learning.server';
import { listTeam, membershipsOf, type TeamMember } from '~/models/role.server';

export interface TeamProgress {
  userId: number;
  name: string;
  role: string;
  modules: Map<string, 'started' | 'completed'>;
}

/** Each person of an organisation and where they are on the given modules. */
export function teamProgress({
  organisationId,
  moduleIds,
}: {
  organisationId: number;
  moduleIds: readonly string[];
}): TeamProgress[] {
  const people: TeamMember[] = listTeam(organisationId);
  const rows = progressOfPeople(
    people.map((p) => p.userId),
    moduleIds,
  );
  return people.map((p) => ({
    userId: p.userId,
    name: p.name,
    role: p.role,
    modules: new Map(rows.filter((r) => r.userId === p.userId).map((r) => [r.moduleId, r.status])),
  }));
}

export interface HubCompletion {
  organisationId: number;
  organisation: string;
  people: number;
  learners: number;
  completed: number;
  started: number;
}

/** Per member parliament of a hub: its people, how many learn, modules completed and started. */
export function hubLearning(hubId: number): HubCompletion[] {
  const members = hubMemberList(hubId);
  const people = membershipsOf(members.map((m) => m.id));
  const progress = progressOfPeople([...new Set(people.map((p) => p.userId))]);
  return members.map((m) => {
    const team = new Set(people.filter((p) => p.organisationId === m.id).map((p) => p.userId));
    const theirs = progress.filter((p) => team.has(p.userId));
    return {
      organisationId: m.id,
      organisation: m.name,
      people: team.size,
      learners: new Set(theirs.map((p) => p.userId)).size,
      completed: theirs.filter((p) => p.status === 'completed').length,
      started: theirs.filter((p) => p.status === 'started').length,
    };
  });
}
