import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, preparedQuery } from '~/db/client.server';
import { courseModules, questionnaireVersions } from '~/db/schema';
import {
  courseModule as moduleSchema,
  questionnaire as questionnaireSchema,
  type CourseModule,
  type Questionnaire,
} from '~/domain/questionnaire/schema';
import { compareVersions } from '~/domain/questionnaire/version';

export interface VersionSummary {
  id: number;
  questionnaireId: string;
  version: string;
  title: string;
  status: 'draft' | 'published';
  contentHash: string;
}

const summaryColumns = {
  id: questionnaireVersions.id,
  questionnaireId: questionnaireVersions.questionnaireId,
  version: questionnaireVersions.version,
  title: questionnaireVersions.title,
  status: questionnaireVersions.status,
  contentHash: questionnaireVersions.contentHash,
};

export function listVersions(): VersionSummary[] {
  const rows = getDb().select(summaryColumns).from(questionnaireVersions).all();
  return rows.sort(
    (a, b) =>
      a.questionnaireId.localeCompare(b.questionnaireId) || compareVersions(a.version, b.version),
  );
}

export function findVersion(questionnaireId: string, version: string): VersionSummary | undefined {
  return getDb()
    .select(summaryColumns)
    .from(questionnaireVersions)
    .where(
      and(
        eq(questionnaireVersions.questionnaireId, questionnaireId),
        eq(questionnaireVersions.version, version),
      ),
    )
    .get();
}

export type Registration = 'added' | 'unchanged' | 'updated' | 'refused';

/**
 * Stores a validated version. The same content is left alone; changed content replaces an
 * unused version and is refused for a used one (a used version is a record that never changes):
 * `isUsed` says which versions assessments use.
 */
export function registerVersion(input: {
  definition: Questionnaire;
  contentHash: string;
  sourceFile: string;
  isUsed: (versionId: number) => boolean;
}): Registration {
  const { definition, contentHash, sourceFile } = input;
  const existing = findVersion(definition.id, definition.version);
  const values = {
    title:
      typeof definition.title === 'string'
        ? definition.title
        : (definition.title.en ?? definition.id),
    status: definition.status,
    contentHash,
    sourceFile,
    definition,
  };
  if (!existing) {
    getDb()
      .insert(questionnaireVersions)
      .values({ questionnaireId: definition.id, version: definition.version, ...values })
      .run();
    return 'added';
  }
  if (existing.contentHash === contentHash) return 'unchanged';
  if (input.isUsed(existing.id)) return 'refused';
  getDb()
    .update(questionnaireVersions)
    .set(values)
    .where(eq(questionnaireVersions.id, existing.id))
    .run();
  definitionCache.delete(existing.id);
  return 'updated';
}

export function registerModule(input: {
  definition: CourseModule;
  questionnaireId: string;
  contentHash: string;
}) {
  const { definition, questionnaireId, contentHash } = input;
  getDb()
    .insert(courseModules)
    .values({ id: definition.id, questionnaireId, contentHash, definition })
    .onConflictDoUpdate({
      target: courseModules.id,
      set: { questionnaireId, contentHash, definition },
    })
    .run();
}

const definitionCache = new Map<number, { hash: string; definition: Questionnaire }>();

const contentHashQuery = preparedQuery((db) =>
  db
    .select({ hash: questionnaireVersions.contentHash })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, sql.placeholder('versionId')))
    .prepare(),
);

/**
 * The definition of a registered version, validated once per process and content hash: a
 * stored definition is read back through the same schema that admitted it.
 */
export function getDefinition(versionId: number): Questionnaire | undefined {
  // The hash alone tells whether the cached definition is current: the stored JSON (hundreds of
  // kilobytes for a large questionnaire) is read and parsed only when it is not.
  const current = contentHashQuery().get({ versionId });
  if (!current) return undefined;
  const cached = definitionCache.get(versionId);
  if (cached?.hash === current.hash) return cached.definition;
  const row = getDb()
    .select({
      hash: questionnaireVersions.contentHash,
      definition: questionnaireVersions.definition,
    })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, versionId))
    .get();
  if (!row) return undefined;
  const definition = questionnaireSchema.parse(row.definition);
  definitionCache.set(versionId, { hash: row.hash, definition });
  return definition;
}

/** The newest published version of a questionnaire (or of any, when no id is given). */
/** The whole definition of the version an assessment answers (an unregistered one is a bug). */
export function definitionOf({ versionId }: { versionId: number }): Questionnaire {
  const definition = getDefinition(versionId);
  if (!definition) throw new Error(`Questionnaire version ${versionId} is not registered`);
  return definition;
}

/** The versions from one to another of the same questionnaire, oldest first. */
export function versionChain(
  questionnaireId: string,
  fromVersionId: number,
  toVersionId: number,
): Questionnaire[] {
  const versions = listVersions().filter((v) => v.questionnaireId === questionnaireId);
  const from = versions.find((v) => v.id === fromVersionId);
  const to = versions.find((v) => v.id === toVersionId);
  if (!from || !to) return [];
  return versions
    .filter(
      (v) =>
        compareVersions(v.version, from.version) >= 0 &&
        compareVersions(v.version, to.version) <= 0,
    )
    .map((v) => getDefinition(v.id))
    .filter((d): d is Questionnaire => d !== undefined);
}

export function latestPublishedVersion(questionnaireId?: string): VersionSummary | undefined {
  const published = listVersions().filter(
    (v) => v.status === 'published' && (!questionnaireId || v.questionnaireId === questionnaireId),
  );
  return published.at(-1);
}

const moduleCache = new Map<string, { hash: string; module: CourseModule }>();

export function listModules(questionnaireId?: string): CourseModule[] {
  return listModuleEntries(questionnaireId).map((e) => e.module);
}

/** Modules with the questionnaire each belongs to, validated once per content hash. */
export function listModuleEntries(
  questionnaireId?: string,
): { questionnaireId: string; module: CourseModule }[] {
  // Ids and hashes first; a module's stored JSON is read only when its cached copy is stale.
  const rows = getDb()
    .select({
      id: courseModules.id,
      questionnaireId: courseModules.questionnaireId,
      hash: courseModules.contentHash,
    })
    .from(courseModules)
    .where(questionnaireId ? eq(courseModules.questionnaireId, questionnaireId) : undefined)
    .orderBy(asc(courseModules.id))
    .all();
  return rows.flatMap((row) => {
    const cached = moduleCache.get(row.id);
    if (cached?.hash === row.hash)
      return [{ questionnaireId: row.questionnaireId, module: cached.module }];
    const module = getModule(row.id);
    return module ? [{ questionnaireId: row.questionnaireId, module }] : [];
  });
}

export function getModule(id: string): CourseModule | undefined {
  const row = getDb()
    .select({ hash: courseModules.contentHash, definition: courseModules.definition })
    .from(courseModules)
    .where(eq(courseModules.id, id))
    .get();
  if (!row) return undefined;
  const cached = moduleCache.get(id);
  if (cached?.hash === row.hash) return cached.module;
  const module = moduleSchema.parse(row.definition);
  moduleCache.set(id, { hash: row.hash, module });
  return module;
}

/** One module with the questionnaire it belongs to. */
export function getModuleEntry(
  id: string,
): { questionnaireId: string; module: CourseModule } | undefined {
  const row = getDb()
    .select({ questionnaireId: courseModules.questionnaireId })
    .from(courseModules)
    .where(eq(courseModules.id, id))
    .get();
  const module = row ? getModule(id) : undefined;
  return row && module ? { questionnaireId: row.questionnaireId, module } : undefined;
}
