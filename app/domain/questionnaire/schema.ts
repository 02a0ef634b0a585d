import { z } from 'zod';
import { didYouMean } from './did-you-mean';
import { languageCode, localizedText } from './text';

/*
 * The questionnaire format: the single source of truth for what a YAML file may say and for the
 * TypeScript types the app works with. questionnaires/README.md explains it to authors.
 */

/** An object that refuses unknown keys, naming the closest known key when there is one. */
function closed<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys.map((key) => `unknown key "${key}"${didYouMean(key, known)}`).join('\n');
    },
  });
}

/** One of a few words; a near miss gets a suggestion, a missing value says it is required. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `use ${values.join(', ')}${typeof issue.input === 'string' ? didYouMean(issue.input, values) : ''}`,
  });
}

const identifier = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'use lower-case letters, digits, ".", "-" and "_", starting with a letter or digit',
  )
  .max(120, 'keep ids under 120 characters');

/** Questionnaire and module ids: also the folder and file names. */
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and "-"')
  .max(80);

export const versionString = z
  .string({ error: 'quote the version, such as "1.0" (unquoted, YAML reads 1.10 as 1.1)' })
  .regex(/^\d+\.\d+(\.\d+)?$/, 'use MAJOR.MINOR or MAJOR.MINOR.PATCH, such as "1.0" or "2.1.3"');

const weight = z
  .number({ error: 'expected a number' })
  .positive('must be more than 0')
  .max(100, 'must be at most 100');

const share = z
  .number({ error: 'expected a share between 0 and 1' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');

const counting = oneOf(['exclude', 'zero', 'not-allowed']);
export type Counting = z.output<typeof counting>;

const levelNumber = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(20);

export const levelRule = z.union(
  [
    z.literal('floor'),
    closed({
      thresholds: z
        .array(closed({ level: levelNumber, atLeast: share }))
        .min(1, 'list at least one threshold'),
    }),
  ],
  { error: 'use "floor" or { thresholds: [{ level, atLeast }] }' },
);
export type LevelRule = z.output<typeof levelRule>;

const aggregationNames = ['mean', 'weighted-mean', 'sum', 'min', 'max'] as const;
const simpleAggregation = oneOf(aggregationNames);

const stagedAggregation = closed({
  method: z.literal('staged'),
  share: z.union([share, z.record(z.string().regex(/^\d+$/, 'use level numbers as keys'), share)], {
    error: 'use a share between 0 and 1, or a map of level to share',
  }),
  met: share.optional(),
});

export const aggregation = z.union(
  [simpleAggregation, closed({ method: simpleAggregation }), stagedAggregation],
  {
    error: (issue) => {
      if (issue.input === undefined) return 'is required';
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, aggregationNames) : '';
      return `use mean, weighted-mean, sum, min, max or { method: staged, share }${hint}`;
    },
  },
);
export type Aggregation = z.output<typeof aggregation>;

const questionBase = {
  id: identifier,
  text: localizedText,
  help: localizedText.optional(),
  guidance: localizedText.optional(),
  evidence: localizedText.optional(),
  modules: z.array(slug).optional(),
  weight: weight.optional(),
  /** The maturity level this question is a criterion of, in staged groups. */
  level: levelNumber.optional(),
  notApplicable: counting.optional(),
  dontKnow: counting.optional(),
};

const choiceQuestion = closed({
  ...questionBase,
  kind: z.literal('choice'),
  scale: identifier,
  options: z.record(z.string(), localizedText).optional(),
});

const checklistItem = closed({
  id: identifier,
  label: localizedText,
  value: z.number().min(0, 'must be 0 or more').optional(),
});

const checklistQuestion = closed({
  ...questionBase,
  kind: z.literal('checklist'),
  items: z.array(checklistItem).min(1, 'list at least one item'),
  score: oneOf(['values', 'share']),
});

const yesNoQuestion = closed({
  ...questionBase,
  kind: z.literal('yes-no'),
  partly: z.boolean().optional(),
  values: closed({
    yes: z.number().min(0),
    partly: z.number().min(0).optional(),
    no: z.number().min(0),
  }).optional(),
});

const threshold = closed({
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
  score: z.number().min(0, 'must be 0 or more'),
});

const numberQuestion = closed({
  ...questionBase,
  kind: z.literal('number'),
  unit: localizedText.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  thresholds: z.array(threshold).min(1, 'list at least one threshold'),
});

const textQuestion = closed({
  ...questionBase,
  kind: z.literal('text'),
});

export const questionKinds = ['choice', 'checklist', 'yes-no', 'number', 'text'] as const;

function kindOf(input: unknown): unknown {
  return input && typeof input === 'object' && 'kind' in input ? input.kind : undefined;
}

export const question = z.discriminatedUnion(
  'kind',
  [choiceQuestion, checklistQuestion, yesNoQuestion, numberQuestion, textQuestion],
  {
    error: (issue) => {
      const kind = kindOf(issue.input);
      if (kind === undefined) return 'needs a kind: one of choice, checklist, yes-no, number, text';
      const hint = typeof kind === 'string' ? didYouMean(kind, questionKinds) : '';
      return `use one of: ${questionKinds.join(', ')}${hint}`;
    },
  },
);
export type Question = z.output<typeof question>;
export type QuestionKind = Question['kind'];
export type ChoiceQuestion = z.output<typeof choiceQuestion>;
export type ChecklistQuestion = z.output<typeof checklistQuestion>;
export type YesNoQuestion = z.output<typeof yesNoQuestion>;
export type NumberQuestion = z.output<typeof numberQuestion>;

export const group = closed({
  id: identifier,
  title: localizedText,
  description: localizedText.optional(),
  weight: weight.optional(),
  aggregate: aggregation,
  outOf: z.number().positive('must be more than 0').optional(),
  levels: levelRule.optional(),
  modules: z.array(slug).optional(),
  get groups(): z.ZodOptional<z.ZodArray<typeof group>> {
    return z.array(group).optional();
  },
  questions: z.array(question).optional(),
});
export type Group = z.output<typeof group>;

const scaleOption = closed({
  id: identifier,
  value: z.number().min(0, 'must be 0 or more'),
  label: localizedText,
});

const maturityLevel = closed({
  level: levelNumber,
  name: localizedText,
  description: localizedText.optional(),
});

const changes = closed({
  renamed: z.record(identifier, identifier).optional(),
  split: z
    .record(identifier, z.array(identifier).min(2, 'a split gives at least two ids'))
    .optional(),
  merged: z
    .record(identifier, z.array(identifier).min(2, 'a merge joins at least two ids'))
    .optional(),
  dropped: z.array(identifier).optional(),
});
export type VersionChanges = z.output<typeof changes>;

export const questionnaire = closed({
  format: z.literal(1, { error: 'this app reads format 1' }),
  id: slug,
  version: versionString,
  title: localizedText,
  description: localizedText,
  authors: z
    .array(closed({ name: z.string().min(1), organisation: z.string().min(1).optional() }))
    .min(1, 'name at least one author'),
  licence: z.string().min(1, 'name a licence, such as CC-BY-4.0'),
  status: oneOf(['draft', 'published']),
  languages: z
    .array(languageCode)
    .min(1)
    .refine((list) => list.includes('en'), {
      message: 'must include en',
    }),
  revises: versionString.optional(),
  changes: changes.optional(),
  maturity: closed({
    levels: z.array(maturityLevel).min(2, 'a maturity scale needs at least two levels'),
  }),
  scales: z.record(identifier, closed({ options: z.array(scaleOption).min(2) })).optional(),
  answers: closed({ notApplicable: counting, dontKnow: counting }),
  scoring: closed({
    aggregate: aggregation,
    levels: levelRule,
    outOf: z.number().positive().optional(),
  }),
  domains: z.array(group).min(1, 'a questionnaire needs at least one domain'),
});
export type Questionnaire = z.output<typeof questionnaire>;

const checkOption = closed({
  id: identifier,
  text: localizedText,
  correct: z.boolean().optional(),
});

export const courseModule = closed({
  format: z.literal(1, { error: 'this app reads format 1' }),
  id: slug,
  title: localizedText,
  summary: localizedText,
  levels: closed({ from: levelNumber, to: levelNumber }),
  duration: z.number().int().positive('give the duration in minutes'),
  objectives: z.array(localizedText).min(1, 'list at least one objective'),
  domains: z.array(identifier).default([]),
  questions: z.array(identifier).default([]),
  body: localizedText,
  check: closed({
    passMark: share,
    questions: z
      .array(
        closed({
          id: identifier,
          prompt: localizedText,
          options: z.array(checkOption).min(2, 'offer at least two options'),
          explanation: localizedText,
        }),
      )
      .min(1),
  }).optional(),
});
export type CourseModule = z.output<typeof courseModule>;
