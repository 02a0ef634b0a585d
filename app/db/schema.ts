import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { chamberTypes, incomeGroups, ipuGroups } from '~/domain/organisation';
import { roles } from '~/domain/policy';

/*
 * SQLite does not check enums: every `text({ enum })` column is also checked by zod at the
 * boundary that writes it (see app/domain/organisation.ts and friends).
 */

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const membershipRoles = roles;
export const assessmentStatuses = ['draft', 'submitted', 'reopened'] as const;
export const answerStates = ['answered', 'not-applicable', 'dont-know'] as const;

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    country: text('country').notNull(),
    ipuGroup: text('ipu_group', { enum: ipuGroups }).notNull(),
    chamberType: text('chamber_type', { enum: chamberTypes }).notNull(),
    members: integer('members').notNull(),
    staff: integer('staff').notNull(),
    incomeGroup: text('income_group', { enum: incomeGroups }).notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_name_country').on(t.name, t.country)],
);

export const hubs = sqliteTable('hubs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

export const hubMembers = sqliteTable(
  'hub_members',
  {
    hubId: integer('hub_id')
      .notNull()
      .references(() => hubs.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.organisationId] }),
    index('hub_members_organisation').on(t.organisationId),
  ],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored trimmed and lower-cased: one account per address. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Null until the person accepts their invitation and chooses a password. */
  passwordHash: text('password_hash'),
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  locale: text('locale'),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: membershipRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index('memberships_organisation').on(t.organisationId),
  ],
);

export const coordinatorAssignments = sqliteTable(
  'coordinator_assignments',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    hubId: integer('hub_id')
      .notNull()
      .references(() => hubs.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.hubId] }),
    index('coordinator_assignments_hub').on(t.hubId),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the token held in the cookie: a stolen database holds no live session. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const questionnaireVersions = sqliteTable(
  'questionnaire_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    questionnaireId: text('questionnaire_id').notNull(),
    version: text('version').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    contentHash: text('content_hash').notNull(),
    sourceFile: text('source_file').notNull(),
    /** The validated definition, as JSON; read back through the same zod schema. */
    definition: text('definition', { mode: 'json' }).$type<unknown>().notNull(),
    registeredAt: createdAt(),
  },
  (t) => [uniqueIndex('questionnaire_versions_id_version').on(t.questionnaireId, t.version)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    questionnaireVersionId: integer('questionnaire_version_id')
      .notNull()
      .references(() => questionnaireVersions.id),
    /** Copied from the version so that "one assessment per questionnaire and cycle" is a constraint. */
    questionnaireId: text('questionnaire_id').notNull(),
    cycle: integer('cycle').notNull(),
    status: text('status', { enum: assessmentStatuses }).notNull().default('draft'),
    revision: integer('revision').notNull().default(0),
    baselineCycle: integer('baseline_cycle'),
    prefilledFromId: integer('prefilled_from_id'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    answersHash: text('answers_hash'),
  },
  (t) => [
    uniqueIndex('assessments_org_questionnaire_cycle').on(
      t.organisationId,
      t.questionnaireId,
      t.cycle,
    ),
    index('assessments_status_cycle').on(t.status, t.cycle),
    // Benchmarks: the submitted assessments of one questionnaire and cycle.
    index('assessments_questionnaire_cycle').on(t.questionnaireId, t.cycle, t.status),
    // A parliament's latest submitted cycle, on every dashboard and learning page.
    index('assessments_organisation_status_cycle').on(t.organisationId, t.status, t.cycle),
  ],
);

export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    state: text('state', { enum: answerStates }).notNull(),
    /** An option id, a list of option ids, a number or a text, by question kind. */
    value: text('value', { mode: 'json' }).$type<AnswerValue>(),
    comment: text('comment').notNull().default(''),
    evidence: text('evidence', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    needsReview: integer('needs_review', { mode: 'boolean' }).notNull().default(false),
    revision: integer('revision').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('answers_assessment_question').on(t.assessmentId, t.questionId)],
);

export type AnswerValue = string | number | string[] | null;

export const answerHistory = sqliteTable(
  'answer_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    revision: integer('revision').notNull(),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>().notNull(),
    changedBy: integer('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: integer('changed_at', { mode: 'timestamp_ms' }).notNull(),
    /** The client's id for this save: a retried request is recognised and counted once. */
    operationId: text('operation_id'),
  },
  (t) => [
    index('answer_history_question').on(t.assessmentId, t.questionId),
    uniqueIndex('answer_history_operation').on(t.assessmentId, t.operationId),
  ],
);

export const scoreSnapshots = sqliteTable(
  'score_snapshots',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    nodeId: text('node_id').notNull(),
    parentId: text('parent_id'),
    depth: integer('depth').notNull(),
    kind: text('kind', { enum: ['overall', 'group', 'question'] }).notNull(),
    score: real('score'),
    max: real('max').notNull(),
    ratio: real('ratio'),
    level: integer('level'),
    answered: integer('answered').notNull(),
    total: integer('total').notNull(),
    explanation: text('explanation', { mode: 'json' }).$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.nodeId] }),
    index('score_snapshots_node').on(t.nodeId, t.depth),
    // Benchmarks read domain and overall scores only: this index answers them without the table.
    index('score_snapshots_benchmark').on(t.assessmentId, t.depth, t.nodeId, t.score, t.level),
  ],
);

export const courseModules = sqliteTable(
  'course_modules',
  {
    id: text('id').primaryKey(),
    questionnaireId: text('questionnaire_id').notNull(),
    contentHash: text('content_hash').notNull(),
    /** The validated module, as JSON; read back through the same zod schema. */
    definition: text('definition', { mode: 'json' }).$type<unknown>().notNull(),
    registeredAt: createdAt(),
  },
  (t) => [index('course_modules_questionnaire').on(t.questionnaireId)],
);

export const tokenPurposes = ['invitation', 'password-reset'] as const;

/** Invitation and password-reset links: only a hash of the token is stored; each works once. */
export const oneTimeTokens = sqliteTable(
  'one_time_tokens',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: tokenPurposes }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('one_time_tokens_user').on(t.userId, t.purpose)],
);

/** Failed sign-ins, counted per key (an account, an address, or both) to slow guessing down. */
export const loginFailures = sqliteTable('login_failures', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  firstAt: integer('first_at', { mode: 'timestamp_ms' }).notNull(),
  lastAt: integer('last_at', { mode: 'timestamp_ms' }).notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    organisationId: integer('organisation_id'),
    address: text('address'),
    /** Context for a reader; never a password, token or secret. */
    detail: text('detail', { mode: 'json' })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_action').on(t.action, t.at)],
);

export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    error: text('error'),
  },
  (t) => [index('mail_outbox_created').on(t.createdAt)],
);

/** Who answers which domain of an assessment (a domain may have several people). */
export const domainAssignments = sqliteTable(
  'domain_assignments',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    domainId: text('domain_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedBy: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    assignedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.domainId, t.userId] }),
    index('domain_assignments_user').on(t.userId),
  ],
);

/** A domain its contributors marked ready for review. */
export const domainReviews = sqliteTable(
  'domain_reviews',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    domainId: text('domain_id').notNull(),
    readyBy: integer('ready_by').references(() => users.id, { onDelete: 'set null' }),
    readyAt: integer('ready_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.domainId] })],
);

/** Target levels: per domain, and per question where the lead refined it. */
export const targets = sqliteTable(
  'targets',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    nodeId: text('node_id').notNull(),
    kind: text('kind', { enum: ['domain', 'question'] }).notNull(),
    target: integer('target').notNull(),
    setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
    setAt: integer('set_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.nodeId] })],
);

export const assessmentEventKinds = [
  'started',
  'submitted',
  'reopened',
  'domain-ready',
  'domain-reopened',
] as const;

/** What happened to an assessment as a whole: every submission and reopening stays here. */
export const assessmentEvents = sqliteTable(
  'assessment_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: assessmentEventKinds }).notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    domainId: text('domain_id'),
    reason: text('reason'),
    answersHash: text('answers_hash'),
    /** The overall score and level at a submission, so earlier submissions stay readable. */
    overallScore: real('overall_score'),
    overallLevel: integer('overall_level'),
  },
  (t) => [index('assessment_events_assessment').on(t.assessmentId, t.at)],
);

export const progressStatuses = ['started', 'completed'] as const;

/** Each learner's progress through the course modules. */
export const moduleProgress = sqliteTable(
  'module_progress',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: text('module_id').notNull(),
    status: text('status', { enum: progressStatuses }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    /** Best self-check score so far, as a share of correct answers. */
    bestScore: real('best_score'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.moduleId] }),
    index('module_progress_module').on(t.moduleId),
  ],
);

/** Every self-check a learner sent, scored on the server. */
export const checkAttempts = sqliteTable(
  'check_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: text('module_id').notNull(),
    score: real('score').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('check_attempts_user_module').on(t.userId, t.moduleId)],
);

/** A parliament named as a good-practice example for a domain: the lead respondent's choice. */
export const goodPractice = sqliteTable(
  'good_practice',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    domainId: text('domain_id').notNull(),
    optedInBy: integer('opted_in_by').references(() => users.id, { onDelete: 'set null' }),
    optedInAt: integer('opted_in_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.domainId] })],
);

export const requestStatuses = ['pending', 'accepted', 'declined'] as const;

/** A parliament asking to join a hub; its coordinators accept or decline. */
export const hubRequests = sqliteTable(
  'hub_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hubId: integer('hub_id')
      .notNull()
      .references(() => hubs.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull().default(''),
    status: text('status', { enum: requestStatuses }).notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('hub_requests_hub').on(t.hubId, t.status)],
);
