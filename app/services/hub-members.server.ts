import { answerCounts, lastAnswerChanges } from '~/models/answer.server';
import {
  assessmentsInCycle,
  cyclesOf,
  lastEvents,
  mostUsedQuestionnaire,
} from '~/models/assessment.server';
import { hubMemberList } from '~/models/hub.server';
import { headlineScores, type HeadlineScores } from '~/models/score-snapshot.server';

/*
 * What a hub coordinator reads about the members: statuses for a cycle and submitted scores.
 * Everything is limited to the hub's member parliaments, and to submitted assessments wherever
 * scores are read.
 */

export interface MemberStatus {
  organisationId: number;
  name: string;
  country: string;
  assessmentId: number | null;
  status: 'not-started' | 'draft' | 'submitted' | 'reopened';
  answered: number;
  lastActivity: Date | null;
  submittedAt: Date | null;
}

/** Each member's assessment of a cycle: its state, answers given and latest activity. */
export function memberStatuses(
  hubId: number,
  questionnaireId: string,
  cycle: number,
): MemberStatus[] {
  const members = hubMemberList(hubId);
  const list = assessmentsInCycle(
    members.map((m) => m.id),
    questionnaireId,
    cycle,
  );
  const ids = list.map((a) => a.id);
  const answered = answerCounts(ids);
  const changes = lastAnswerChanges(ids);
  const events = lastEvents(ids);
  return members.map((m) => {
    const a = list.find((x) => x.organisationId === m.id);
    const times = a ? [changes.get(a.id), events.get(a.id)] : [];
    const last = times.reduce<Date | null>(
      (latest, at) => (at && (!latest || at > latest) ? at : latest),
      null,
    );
    return {
      organisationId: m.id,
      name: m.name,
      country: m.country,
      assessmentId: a?.id ?? null,
      status: a?.status ?? 'not-started',
      answered: a ? (answered.get(a.id) ?? 0) : 0,
      lastActivity: last,
      submittedAt: a?.submittedAt ?? null,
    };
  });
}

export interface MemberScores {
  organisationId: number;
  name: string;
  assessmentId: number;
  versionId: number;
  nodes: HeadlineScores;
}

/** The hub's submitted assessments for a cycle, each with its member, members by name. */
export function submittedOfMembers(hubId: number, questionnaireId: string, cycle: number) {
  const members = hubMemberList(hubId);
  const submitted = assessmentsInCycle(
    members.map((m) => m.id),
    questionnaireId,
    cycle,
    { submittedOnly: true },
  );
  return members.flatMap((member) =>
    submitted.filter((a) => a.organisationId === member.id).map((a) => ({ ...a, member })),
  );
}

/** Domain and overall scores of the hub's submitted assessments for a cycle, members by name. */
export function submittedScores(
  hubId: number,
  questionnaireId: string,
  cycle: number,
): MemberScores[] {
  const submitted = submittedOfMembers(hubId, questionnaireId, cycle);
  const scores = headlineScores(submitted.map((a) => a.id));
  return submitted.map((a) => ({
    organisationId: a.member.id,
    name: a.member.name,
    assessmentId: a.id,
    versionId: a.versionId,
    nodes: scores.get(a.id) ?? new Map(),
  }));
}

/** Cycles in which members of the hub have assessments, newest first. */
export function hubCycles(hubId: number, questionnaireId: string): number[] {
  return cyclesOf(
    hubMemberList(hubId).map((m) => m.id),
    questionnaireId,
  );
}

/** The most used questionnaire among the hub's assessments (the one to review). */
export function hubQuestionnaire(hubId: number): string | undefined {
  return mostUsedQuestionnaire(hubMemberList(hubId).map((m) => m.id));
}
