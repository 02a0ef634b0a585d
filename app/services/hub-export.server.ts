import type { TFunction } from 'i18next';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { OVERALL } from '~/domain/scoring/score';
import type { Table } from '~/lib/export-writers.server';
import { answersOf } from '~/models/answer.server';
import { audit } from '~/models/audit.server';
import type { Hub } from '~/models/hub.server';
import { getDefinition } from '~/models/questionnaire.server';
import { questionScores, scoreKey } from '~/models/score-snapshot.server';
import { hubContext } from './hub-view.server';
import { describeAnswer } from '~/domain/describe-answer';
import { submittedOfMembers, submittedScores } from './hub-members.server';

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

export interface HubExport {
  filename: string;
  sheet: string;
  table: Table;
}

/**
 * A hub's scores (parliament × domain) or submitted answers for a cycle, as a table for CSV,
 * XLSX or JSON, recorded in the audit log. Answers are read a page of assessments at a time, so
 * that a large export streams. Undefined when the hub has no questionnaire to show.
 */
export function hubExport(input: {
  hub: Hub;
  userId: number;
  address: string;
  kind: 'scores' | 'answers';
  format: string;
  requestedCycle: number | undefined;
  locale: string;
  t: TFunction;
}): HubExport | undefined {
  const { hub, kind, locale, t } = input;
  const ctx = hubContext(hub.id, input.requestedCycle);
  if (!ctx) return undefined;
  const date = new Date().toISOString().slice(0, 10);
  audit({
    action: 'hub.exported',
    actorId: input.userId,
    targetType: 'hub',
    targetId: hub.id,
    address: input.address,
    detail: { kind, format: input.format, cycle: ctx.cycle },
  });
  const filename = `${hub.slug}-${ctx.cycle}-${kind}-${date}.${input.format}`;
  if (kind === 'scores') {
    return {
      filename,
      sheet: t('hub:export.scoresSheet'),
      table: scoresTable(hub.id, ctx.questionnaireId, ctx.cycle, ctx.definition, locale, t),
    };
  }
  return {
    filename,
    sheet: t('hub:export.answersSheet'),
    table: answersTable(hub.id, ctx.questionnaireId, ctx.cycle, locale, t),
  };
}

function scoresTable(
  hubId: number,
  questionnaireId: string,
  cycle: number,
  definition: Questionnaire,
  locale: string,
  t: TFunction,
): Table {
  const members = submittedScores(hubId, questionnaireId, cycle);
  const domains = definition.domains.map((d) => ({ id: d.id, title: textIn(d.title, locale) }));
  const header = [
    t('hub:export.organisation'),
    t('hub:export.cycle'),
    t('hub:export.overallScore'),
    t('hub:export.overallLevel'),
    ...domains.flatMap((d) => [
      `${d.title} — ${t('hub:export.score')}`,
      `${d.title} — ${t('hub:export.level')}`,
    ]),
  ];
  const rows = members.map((m) => [
    m.name,
    cycle,
    round(m.nodes.get(OVERALL)?.score),
    m.nodes.get(OVERALL)?.level ?? null,
    ...domains.flatMap((d) => [round(m.nodes.get(d.id)?.score), m.nodes.get(d.id)?.level ?? null]),
  ]);
  return { header, pages: [rows] };
}

export interface AnswerExportRow {
  id: number;
  organisation: string;
  country: string;
  version: string;
  versionId: number;
  questionId: string;
  state: string;
  value: unknown;
  comment: string;
  evidence: string[];
  score: number | null;
  level: number | null;
}

/**
 * The submitted answers of a hub's members for a cycle, a page at a time: first the submitted
 * assessments (members by name), then their answers a few assessments per page, each page one
 * indexed query. Each page is read whole: no query stays open while the response streams, so
 * other requests keep using the connection, and the total work grows with the number of answers.
 */
export function* answerPages(
  hubId: number,
  questionnaireId: string,
  cycle: number,
  assessmentsPerPage = 25,
): Generator<AnswerExportRow[]> {
  const ordered = submittedOfMembers(hubId, questionnaireId, cycle);
  for (let start = 0; start < ordered.length; start += assessmentsPerPage) {
    const batch = ordered.slice(start, start + assessmentsPerPage);
    const ids = batch.map((a) => a.id);
    const rows = answersOf(ids);
    const scores = questionScores(ids);
    const byAssessment = new Map<number, typeof rows>();
    for (const row of rows) {
      const list = byAssessment.get(row.assessmentId) ?? [];
      list.push(row);
      byAssessment.set(row.assessmentId, list);
    }
    const page: AnswerExportRow[] = [];
    for (const assessment of batch) {
      for (const row of byAssessment.get(assessment.id) ?? []) {
        const score = scores.get(scoreKey(assessment.id, row.questionId));
        page.push({
          id: row.id,
          organisation: assessment.member.name,
          country: assessment.member.country,
          version: assessment.version,
          versionId: assessment.versionId,
          questionId: row.questionId,
          state: row.state,
          value: row.value,
          comment: row.comment,
          evidence: row.evidence,
          score: score?.score ?? null,
          level: score?.level ?? null,
        });
      }
    }
    if (page.length) yield page;
  }
}

function answersTable(
  hubId: number,
  questionnaireId: string,
  cycle: number,
  locale: string,
  t: TFunction,
): Table {
  const versions = new Map<
    number,
    { definition: Questionnaire; index: ReturnType<typeof questionIndex> } | undefined
  >();
  const versionOf = (id: number) => {
    if (!versions.has(id)) {
      const definition = getDefinition(id);
      versions.set(id, definition ? { definition, index: questionIndex(definition) } : undefined);
    }
    return versions.get(id);
  };
  const header = [
    t('hub:export.organisation'),
    t('hub:export.country'),
    t('hub:export.version'),
    t('hub:export.domain'),
    t('hub:export.questionId'),
    t('hub:export.question'),
    t('hub:export.answer'),
    t('hub:export.score'),
    t('hub:export.level'),
    t('hub:export.comment'),
    t('hub:export.evidence'),
  ];
  function* pages(): Generator<unknown[][]> {
    for (const page of answerPages(hubId, questionnaireId, cycle)) {
      yield page.map((row) => {
        const version = versionOf(row.versionId);
        const definition = version?.definition;
        const entry = version?.index.get(row.questionId);
        const domain = definition?.domains.find((d) => d.id === entry?.domainId);
        return [
          row.organisation,
          row.country,
          row.version,
          domain ? textIn(domain.title, locale) : '',
          row.questionId,
          entry ? textIn(entry.node.text, locale) : '',
          definition && entry ? describeAnswer(definition, entry.node, row, locale, t) : '',
          round(row.score),
          row.level,
          row.comment,
          row.evidence.join('\n'),
        ];
      });
    }
  }
  return { header, pages: pages() };
}
