import { didYouMean } from './did-you-mean';
import {
  authorErrorMap,
  error,
  problemsFromZod,
  warning,
  type PathSegment,
  type Problem,
} from './problems';
import {
  courseModule,
  questionnaire as questionnaireSchema,
  type Aggregation,
  type CourseModule,
  type Group,
  type LevelRule,
  type NumberQuestion,
  type Question,
  type Questionnaire,
} from './schema';
import { hasTranslation, type LocalizedText } from './text';
import { isScored, questionsOf, scaleOptions, walkTree } from './tree';

export interface Validated<T> {
  value?: T;
  problems: Problem[];
}

function aggregationMethod(aggregation: Aggregation): string {
  return typeof aggregation === 'string' ? aggregation : aggregation.method;
}

function checkMaturity(q: Questionnaire, problems: Problem[]) {
  const levels = q.maturity.levels.map((l) => l.level);
  levels.forEach((level, index) => {
    if (index > 0 && level !== (levels[index - 1] ?? 0) + 1) {
      problems.push(
        error(
          ['maturity', 'levels', index, 'level'],
          `levels must go up by 1: expected ${(levels[index - 1] ?? 0) + 1}, got ${level}`,
        ),
      );
    }
  });
}

function checkScales(q: Questionnaire, problems: Problem[]) {
  for (const [name, scale] of Object.entries(q.scales ?? {})) {
    if (name === 'maturity') {
      problems.push(error(['scales', name], '"maturity" is reserved for the maturity levels'));
    }
    const seen = new Set<string>();
    scale.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        problems.push(
          error(['scales', name, 'options', index, 'id'], `option id "${option.id}" is used twice`),
        );
      }
      seen.add(option.id);
    });
    if (scale.options.every((o) => o.value === 0)) {
      problems.push(
        error(['scales', name, 'options'], 'at least one option must score more than 0'),
      );
    }
  }
}

function checkLevelRule(
  rule: LevelRule,
  path: PathSegment[],
  levels: Set<number>,
  problems: Problem[],
) {
  if (rule === 'floor') return;
  rule.thresholds.forEach((threshold, index) => {
    if (!levels.has(threshold.level)) {
      problems.push(
        error(
          [...path, 'thresholds', index, 'level'],
          `level ${threshold.level} is not a maturity level`,
        ),
      );
    }
    const previous = rule.thresholds[index - 1];
    if (previous && (threshold.level <= previous.level || threshold.atLeast <= previous.atLeast)) {
      problems.push(
        error(
          [...path, 'thresholds', index],
          'thresholds must rise: each level and each atLeast above the previous one',
        ),
      );
    }
  });
}

function checkNumber(question: NumberQuestion, path: PathSegment[], problems: Problem[]) {
  const bounds = question.thresholds.map((t, index) => {
    const hasLeast = t.atLeast !== undefined;
    const hasMost = t.atMost !== undefined;
    if (hasLeast === hasMost) {
      problems.push(error([...path, 'thresholds', index], 'give exactly one of atLeast or atMost'));
    }
    return { kind: hasLeast ? 'atLeast' : 'atMost', bound: t.atLeast ?? t.atMost ?? 0 };
  });
  if (new Set(bounds.map((b) => b.kind)).size > 1) {
    problems.push(
      error([...path, 'thresholds'], 'use atLeast in every threshold, or atMost in every one'),
    );
  }
  bounds.forEach((b, index) => {
    const previous = bounds[index - 1];
    if (previous && b.bound <= previous.bound) {
      problems.push(error([...path, 'thresholds', index], 'thresholds must be in ascending order'));
    }
  });
  if (question.thresholds.every((t) => t.score === 0)) {
    problems.push(error([...path, 'thresholds'], 'at least one threshold must score more than 0'));
  }
  if (question.min !== undefined && question.max !== undefined && question.min >= question.max) {
    problems.push(error([...path, 'max'], 'max must be more than min'));
  }
}

function checkQuestion(
  q: Questionnaire,
  question: Question,
  path: PathSegment[],
  levels: Set<number>,
  problems: Problem[],
) {
  if (question.level !== undefined && !levels.has(question.level)) {
    problems.push(error([...path, 'level'], `level ${question.level} is not a maturity level`));
  }
  switch (question.kind) {
    case 'choice': {
      const options = scaleOptions(q, question.scale);
      if (!options) {
        const known = ['maturity', ...Object.keys(q.scales ?? {})];
        problems.push(
          error(
            [...path, 'scale'],
            `unknown scale "${question.scale}"${didYouMean(question.scale, known)}`,
          ),
        );
        break;
      }
      const ids = options.map((o) => o.id);
      for (const key of Object.keys(question.options ?? {})) {
        if (!ids.includes(key)) {
          problems.push(
            error(
              [...path, 'options', key],
              `"${key}" is not an option of scale ${question.scale}${didYouMean(key, ids)}`,
            ),
          );
        }
      }
      if (question.scale === 'maturity') {
        for (const id of ids) {
          if (!question.options?.[id]) {
            problems.push(
              error(
                [...path, 'options'],
                `describe level ${id}: respondents pick the description that fits, not a number`,
              ),
            );
          }
        }
      }
      break;
    }
    case 'checklist': {
      const seen = new Set<string>();
      question.items.forEach((item, index) => {
        if (seen.has(item.id))
          problems.push(
            error([...path, 'items', index, 'id'], `item id "${item.id}" is used twice`),
          );
        seen.add(item.id);
      });
      if (question.score === 'values' && question.items.every((i) => i.value === 0)) {
        problems.push(error([...path, 'items'], 'at least one item must score more than 0'));
      }
      break;
    }
    case 'yes-no': {
      const values = question.values;
      if (values && values.yes <= values.no)
        problems.push(error([...path, 'values'], 'yes must score more than no'));
      if (values?.partly !== undefined && question.partly === false) {
        problems.push(
          warning(
            [...path, 'values', 'partly'],
            'has no effect: partly is not offered (partly: false)',
          ),
        );
      }
      if (
        values?.partly !== undefined &&
        (values.partly < values.no || values.partly > values.yes)
      ) {
        problems.push(
          error([...path, 'values', 'partly'], 'must lie between the values of no and yes'),
        );
      }
      break;
    }
    case 'number':
      checkNumber(question, path, problems);
      break;
    case 'text':
      for (const key of ['weight', 'level', 'notApplicable', 'dontKnow'] as const) {
        if (question[key] !== undefined) {
          problems.push(warning([...path, key], `has no effect: text questions are never scored`));
        }
      }
      break;
  }
}

function checkGroup(group: Group, path: PathSegment[], levels: Set<number>, problems: Problem[]) {
  if (!group.groups?.length && !group.questions?.length) {
    problems.push(error(path, 'a group needs questions or groups'));
  }
  const method = aggregationMethod(group.aggregate);
  const children: { weight?: number; path: PathSegment[] }[] = [
    ...(group.groups ?? []).map((child, index) => ({
      weight: child.weight,
      path: [...path, 'groups', index],
    })),
    ...(group.questions ?? []).flatMap((child, index) =>
      isScored(child) ? [{ weight: child.weight, path: [...path, 'questions', index] }] : [],
    ),
  ];
  if (!['weighted-mean', 'sum'].includes(method)) {
    for (const child of children) {
      if (child.weight !== undefined) {
        problems.push(
          warning(
            [...child.path, 'weight'],
            `has no effect: the parent group aggregates by ${method}`,
          ),
        );
      }
    }
  }
  if (typeof group.aggregate === 'object' && group.aggregate.method === 'staged') {
    const criteria = questionsOf(group).filter((q) => isScored(q) && q.level !== undefined);
    if (criteria.length === 0) {
      problems.push(
        error([...path, 'aggregate'], 'a staged group needs questions tagged with a level'),
      );
    }
    const shares = group.aggregate.share;
    if (typeof shares === 'object') {
      for (const key of Object.keys(shares)) {
        if (!levels.has(Number(key))) {
          problems.push(
            error([...path, 'aggregate', 'share', key], `level ${key} is not a maturity level`),
          );
        }
      }
    }
    for (const [index, question] of (group.questions ?? []).entries()) {
      if (isScored(question) && question.level === undefined) {
        problems.push(
          warning(
            [...path, 'questions', index],
            'is not a criterion of any level (no level): the staged group ignores it',
          ),
        );
      }
    }
  }
  if (group.levels) checkLevelRule(group.levels, [...path, 'levels'], levels, problems);
}

function checkIds(q: Questionnaire, problems: Problem[]) {
  const seen = new Map<string, PathSegment[]>();
  for (const entry of walkTree(q)) {
    const id = entry.node.id;
    if (seen.has(id)) {
      problems.push(
        error(
          [...entry.path, 'id'],
          `id "${id}" is already used (ids must be unique in a questionnaire)`,
        ),
      );
    } else {
      seen.set(id, entry.path);
    }
  }
}

const textKeys = new Set([
  'title',
  'description',
  'text',
  'help',
  'guidance',
  'evidence',
  'label',
  'name',
  'unit',
  'summary',
  'body',
  'prompt',
  'explanation',
]);

/**
 * Calls `visit` with every localized text in a value and its path. A text is a map of language
 * codes to strings holding "en", or a plain string in a text position. The path is a shared
 * stack: `visit` must copy it to keep it.
 */
function eachText(
  value: unknown,
  path: PathSegment[],
  visit: (text: LocalizedText, path: PathSegment[]) => void,
) {
  if (typeof value === 'string') {
    const key = path.at(-1);
    const parent = path.at(-2);
    if (
      path[0] !== 'authors' &&
      (textKeys.has(String(key)) || parent === 'options' || parent === 'objectives')
    ) {
      visit(value, path);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      eachText(value[index], path, visit);
      path.pop();
    }
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record.en === 'string' &&
      Object.values(record).every((v) => typeof v === 'string')
    ) {
      visit(record as Record<string, string>, path);
      return;
    }
    for (const key of Object.keys(record)) {
      path.push(key);
      eachText(record[key], path, visit);
      path.pop();
    }
  }
}

/**
 * A warning for each text that misses a promised language, and for languages not promised.
 * A language missing from every text is one warning for the file, not one per text.
 */
export function checkTranslations(
  value: unknown,
  languages: readonly string[],
  problems: Problem[],
) {
  let texts = 0;
  const missing = new Map<string, Problem[]>();
  eachText(value, [], (text, path) => {
    texts++;
    for (const language of languages) {
      if (language !== 'en' && !hasTranslation(text, language)) {
        const list = missing.get(language) ?? [];
        list.push(warning([...path], `no ${language} translation: English is shown instead`));
        missing.set(language, list);
      }
    }
    if (typeof text === 'object') {
      for (const language of Object.keys(text)) {
        if (!languages.includes(language)) {
          problems.push(
            warning([...path, language], `language ${language} is not listed in languages`),
          );
        }
      }
    }
  });
  for (const [language, list] of missing) {
    if (list.length === texts && texts > 1) {
      problems.push(
        warning(
          [],
          `not translated into ${language} yet: English is shown instead (${texts} texts)`,
        ),
      );
    } else {
      problems.push(...list);
    }
  }
}

/** Parses and checks a questionnaire on its own (links to modules and versions come later). */
export function validateQuestionnaire(raw: unknown): Validated<Questionnaire> {
  const parsed = questionnaireSchema.safeParse(raw, { error: authorErrorMap });
  if (!parsed.success) return { problems: problemsFromZod(parsed.error.issues) };
  const q = parsed.data;
  const problems: Problem[] = [];
  const levels = new Set(q.maturity.levels.map((l) => l.level));
  checkMaturity(q, problems);
  checkScales(q, problems);
  checkIds(q, problems);
  checkLevelRule(q.scoring.levels, ['scoring', 'levels'], levels, problems);
  for (const entry of walkTree(q)) {
    if (entry.kind === 'group') checkGroup(entry.node, entry.path, levels, problems);
    else checkQuestion(q, entry.node, entry.path, levels, problems);
  }
  if (q.changes && !q.revises) {
    problems.push(error(['changes'], 'a version map needs "revises": the version it maps from'));
  }
  checkTranslations(raw, q.languages, problems);
  return { value: q, problems };
}

/** Parses and checks a course module on its own. */
export function validateModule(
  raw: unknown,
  languages: readonly string[],
): Validated<CourseModule> {
  const parsed = courseModule.safeParse(raw, { error: authorErrorMap });
  if (!parsed.success) return { problems: problemsFromZod(parsed.error.issues) };
  const m = parsed.data;
  const problems: Problem[] = [];
  if (m.levels.from >= m.levels.to) {
    problems.push(error(['levels'], '"from" must be below "to"'));
  }
  m.check?.questions.forEach((question, index) => {
    const correct = question.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      problems.push(
        error(
          ['check', 'questions', index, 'options'],
          `mark exactly one option correct (found ${correct})`,
        ),
      );
    }
    const ids = question.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) {
      problems.push(error(['check', 'questions', index, 'options'], 'option ids must be unique'));
    }
  });
  checkTranslations(raw, languages, problems);
  return { value: m, problems };
}
