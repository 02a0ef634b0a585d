import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ContentError, registerContent } from '~/services/registry.server';
import { getDb } from '~/db/client.server';
import { assessments, organisations } from '~/db/schema';
import {
  findVersion,
  getDefinition,
  listModuleEntries,
  listVersions,
} from '~/models/questionnaire.server';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join('tests/.tmp', 'registry-'));
  cpSync('questionnaires/examples/digital-readiness', join(root, 'digital-readiness'), {
    recursive: true,
  });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function useVersion(questionnaireId: string, version: string) {
  const registered = findVersion(questionnaireId, version);
  if (!registered) throw new Error('not registered');
  const db = getDb();
  const org = db
    .insert(organisations)
    .values({
      name: `Org ${Date.now()}`,
      country: 'Testland',
      ipuGroup: 'twelve-plus',
      chamberType: 'unicameral',
      members: 100,
      staff: 300,
      incomeGroup: 'high',
    })
    .returning({ id: organisations.id })
    .get();
  db.insert(assessments)
    .values({
      organisationId: org.id,
      questionnaireVersionId: registered.id,
      questionnaireId,
      cycle: 2026,
    })
    .run();
}

describe('registering questionnaires at start-up', () => {
  test('a new version is added with its hash, and read back as the same definition', () => {
    const report = registerContent(root);
    expect(report.versions).toEqual([
      {
        file: expect.stringContaining('digital-readiness/1.0.yaml'),
        id: 'digital-readiness',
        version: '1.0',
        result: 'added',
      },
    ]);
    const registered = findVersion('digital-readiness', '1.0');
    expect(registered?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const definition = registered && getDefinition(registered.id);
    expect(definition?.domains.map((d) => d.id)).toEqual(['tools', 'people']);
  });

  test('a second start with the same files changes nothing', () => {
    registerContent(root);
    const before = listVersions();
    const report = registerContent(root);
    expect(report.versions.map((v) => v.result)).toEqual(['unchanged']);
    expect(listVersions()).toEqual(before);
  });

  test('an edited file of an unused version replaces it', () => {
    registerContent(root);
    const file = join(root, 'digital-readiness/1.0.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Are documents backed up?',
        'Are all documents backed up?',
      ),
    );
    expect(registerContent(root).versions.map((v) => v.result)).toEqual(['updated']);
    const registered = findVersion('digital-readiness', '1.0');
    const question = registered && getDefinition(registered.id)?.domains[0]?.questions?.[0];
    expect(question?.text).toEqual({
      en: 'Are all documents backed up?',
      fr: 'Les documents sont-ils sauvegardés ?',
    });
  });

  test('an edited file of a version in use stops the start, naming the file, and changes nothing', () => {
    registerContent(root);
    useVersion('digital-readiness', '1.0');
    const hash = findVersion('digital-readiness', '1.0')?.contentHash;
    const file = join(root, 'digital-readiness/1.0.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Are documents backed up?', 'Backups?'));
    expect(() => registerContent(root)).toThrowError(ContentError);
    try {
      registerContent(root);
    } catch (error) {
      expect((error as ContentError).lines).toEqual([
        expect.stringMatching(
          /digital-readiness\/1\.0\.yaml: version 1\.0 of digital-readiness is used by assessments.*new version \(a new file\)/,
        ),
      ]);
    }
    expect(findVersion('digital-readiness', '1.0')?.contentHash).toBe(hash);
  });

  test('invalid content stops the start with every error and registers nothing', () => {
    const file = join(root, 'digital-readiness/1.0.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('aggregate: sum', 'aggregate: total')
        .replace('kind: yes-no', 'kind: yesno'),
    );
    const before = listVersions().length;
    let lines: string[] = [];
    try {
      registerContent(root);
    } catch (error) {
      lines = (error as ContentError).lines;
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/1\.0\.yaml:\d+:\d+: error: domains\[0\]\.aggregate: use mean/);
    expect(lines[1]).toMatch(/kind: use one of: .* \(did you mean "yes-no"\?\)/);
    expect(listVersions()).toHaveLength(before);
  });
});

describe('the shipped flagship questionnaire', () => {
  test('1.0 and 1.1 register in English and French, with 13 and 14 domains and every module', () => {
    // The global setup registered the shipped questionnaires into this worker's database.
    const flagship = listVersions().filter(
      (v) => v.questionnaireId === 'parliamentary-ict-governance',
    );
    expect(flagship.map((v) => v.version)).toEqual(['1.0', '1.1']);
    const [v10, v11] = flagship.map((v) => getDefinition(v.id));
    expect(v10?.domains).toHaveLength(13);
    expect(v11?.domains).toHaveLength(14);
    expect(v11?.revises).toBe('1.0');
    for (const definition of [v10, v11]) {
      expect(definition?.languages).toEqual(['en', 'fr']);
      const questions = definition?.domains.flatMap((d) => d.questions ?? []) ?? [];
      expect(questions.length).toBeGreaterThanOrEqual(70);
      expect(questions.every((q) => typeof q.text === 'object' && 'fr' in q.text)).toBe(true);
    }
    const modules = listModuleEntries('parliamentary-ict-governance');
    expect(modules.length).toBeGreaterThanOrEqual(13);
    // Every domain of the latest version has at least one module to learn from, linked from
    // either side.
    const covered = new Set(modules.flatMap((m) => m.module.domains));
    const orphans = v11?.domains.filter((d) => !covered.has(d.id) && !d.modules?.length);
    expect(orphans?.map((d) => d.id)).toEqual([]);
  });
});
