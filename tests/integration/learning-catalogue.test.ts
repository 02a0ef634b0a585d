import { beforeAll, describe, expect, test } from 'vitest';
import { catalogueView } from '~/services/learning-catalogue.server';
import { makeUser } from '../support/factories';
import { registerLearningFixture, setProgress } from '../support/learning-fixture';

let learner: number;

beforeAll(() => {
  registerLearningFixture();
  learner = makeUser().id;
  setProgress(learner, 'lf-archive-basics', { startedAt: new Date('2026-01-05T10:00:00Z') });
  setProgress(learner, 'lf-mixed', {
    startedAt: new Date('2026-01-06T10:00:00Z'),
    completedAt: new Date('2026-01-07T10:00:00Z'),
  });
});

const view = (domain: string, level: number | null) =>
  catalogueView({ userId: learner, locale: 'fr', domain, level });

describe('the course catalogue', () => {
  test.each([
    // By id, as the catalogue lists them.
    { domain: 'lf-records', level: null, shown: ['lf-archive-basics', 'lf-mixed'] },
    { domain: 'lf-web', level: null, shown: ['lf-mixed', 'lf-web-check'] },
    // Leaving level 7: lf-archive-basics (6–8) and lf-web-check (7–9); lf-mixed ends at 7.
    { domain: 'lf-records', level: 7, shown: ['lf-archive-basics'] },
    { domain: 'lf-web', level: 7, shown: ['lf-web-check'] },
    // Level 8 is only left by lf-web-check (7–9): no shipped module goes above level 4.
    { domain: '', level: 8, shown: ['lf-web-check'] },
    { domain: '', level: 9, shown: [] },
    { domain: 'no-such-domain', level: null, shown: [] },
  ])('domain "$domain", level $level: $shown', ({ domain, level, shown }) => {
    const catalogue = view(domain, level);
    expect(catalogue.modules.map((m) => m.id)).toEqual(shown);
    expect(catalogue.filter).toEqual({ domain, level });
  });

  test('each card in the reader’s language, with the learner’s progress', () => {
    const cards = view('lf-web', null).modules;
    expect(cards).toEqual([
      {
        id: 'lf-mixed',
        title: 'Les archives en ligne',
        summary: 'Publier les archives.',
        levels: { from: 6, to: 7 },
        duration: 30,
        domains: [
          { id: 'lf-records', title: 'Archives' },
          { id: 'lf-web', title: 'Présence en ligne' },
        ],
        translated: true,
        status: 'completed',
      },
      {
        // English only: English stands in, and the card says so.
        id: 'lf-web-check',
        title: 'A website check',
        summary: 'Is the website doing its job?',
        levels: { from: 7, to: 9 },
        duration: 20,
        domains: [{ id: 'lf-web', title: 'Présence en ligne' }],
        translated: false,
        status: null,
      },
    ]);
    const basics = view('lf-records', null).modules[0];
    // Its domain comes from its question lf-records.catalogue.
    expect(basics).toMatchObject({
      id: 'lf-archive-basics',
      domains: [{ id: 'lf-records', title: 'Archives' }],
      status: 'started',
    });
  });

  test('the filter offers every domain by title, and the levels modules help to leave', () => {
    const catalogue = view('', null);
    const titles = catalogue.domains.map((d) => d.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(catalogue.domains).toEqual(
      expect.arrayContaining([
        { id: 'lf-records', title: 'Archives' },
        { id: 'lf-web', title: 'Présence en ligne' },
      ]),
    );
    // From the fixture: 6 and 7 (lf-archive-basics, lf-mixed), 7 and 8 (lf-web-check).
    expect(catalogue.levels.filter((l) => l >= 5)).toEqual([6, 7, 8]);
    expect(catalogue.levels).toEqual([...new Set(catalogue.levels)].sort((a, b) => a - b));
  });
});
