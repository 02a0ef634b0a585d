import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { OVERALL } from '~/domain/scoring/score';
import { cohortContext } from '~/services/cohort-view.server';
import { describeAnswer } from '~/services/describe-answer.server';
import { exportResponse, type ExportFormat, type Table } from '~/lib/export-writers.server';
import { requireCohort } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { audit } from '~/models/audit.server';
import { answerPages } from '~/models/cohort-export.server';
import { submittedScores } from '~/models/cohort-review.server';
import { getDefinition } from '~/models/questionnaire.server';
import type { Questionnaire } from '~/domain/questionnaire/schema';

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

/**
 * A cohort's scores (organisation × domain) or submitted answers, as CSV, XLSX or JSON. The file
 * name carries the hub, the cycle and the date; large exports stream.
 */
export async function loader(args: LoaderFunctionArgs) {
  const address = args.context.clientAddress;
  const { user, cohort } = requireCohort(args, 'cohort:view');
  const url = new URL(args.request.url);
  const format: ExportFormat = url.pathname.endsWith('.xlsx')
    ? 'xlsx'
    : url.pathname.endsWith('.json')
      ? 'json'
      : 'csv';
  const kind = url.searchParams.get('kind') === 'answers' ? 'answers' : 'scores';
  const ctx = cohortContext(cohort.id, Number(url.searchParams.get('cycle')) || undefined);
  if (!ctx) return new Response('No questionnaire', { status: 404 });
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['cohort', 'assessment', 'common']);
  const date = new Date().toISOString().slice(0, 10);
  const filename = `${cohort.slug}-${ctx.cycle}-${kind}-${date}.${format}`;
  audit({
    action: 'cohort.exported',
    actorId: user.id,
    targetType: 'cohort',
    targetId: cohort.id,
    address,
    detail: { kind, format, cycle: ctx.cycle },
  });

  if (kind === 'scores') {
    const members = submittedScores(cohort.id, ctx.questionnaireId, ctx.cycle);
    const domains = ctx.definition.domains.map((d) => ({
      id: d.id,
      title: textIn(d.title, locale),
    }));
    const header = [
      t('cohort:export.organisation'),
      t('cohort:export.cycle'),
      t('cohort:export.overallScore'),
      t('cohort:export.overallLevel'),
      ...domains.flatMap((d) => [
        `${d.title} — ${t('cohort:export.score')}`,
        `${d.title} — ${t('cohort:export.level')}`,
      ]),
    ];
    const rows = members.map((m) => [
      m.name,
      ctx.cycle,
      round(m.nodes.get(OVERALL)?.score),
      m.nodes.get(OVERALL)?.level ?? null,
      ...domains.flatMap((d) => [
        round(m.nodes.get(d.id)?.score),
        m.nodes.get(d.id)?.level ?? null,
      ]),
    ]);
    return exportResponse(
      { header, pages: [rows] },
      format,
      filename,
      t('cohort:export.scoresSheet'),
    );
  }

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
    t('cohort:export.organisation'),
    t('cohort:export.country'),
    t('cohort:export.version'),
    t('cohort:export.domain'),
    t('cohort:export.questionId'),
    t('cohort:export.question'),
    t('cohort:export.answer'),
    t('cohort:export.score'),
    t('cohort:export.level'),
    t('cohort:export.comment'),
    t('cohort:export.evidence'),
  ];
  function* pages(): Generator<unknown[][]> {
    for (const page of answerPages(cohort.id, ctx?.questionnaireId ?? '', ctx?.cycle ?? 0)) {
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
  const table: Table = { header, pages: pages() };
  return exportResponse(table, format, filename, t('cohort:export.answersSheet'));
}
