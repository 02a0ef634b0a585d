import { beforeAll, describe, expect, test } from 'vitest';
import { actOnModule, moduleView, type ModuleRequest } from '~/services/learning-module.server';
import { makeUser } from '../support/factories';
import { progressRows, registerLearningFixture } from '../support/learning-fixture';

beforeAll(() => {
  registerLearningFixture();
});

const act = (userId: number, moduleId: string, request: ModuleRequest | undefined) =>
  actOnModule({ userId, moduleId, locale: 'fr', request });

const statusOf = (userId: number, moduleId: string) =>
  progressRows(userId).find((r) => r.moduleId === moduleId)?.status ?? null;

describe('a module’s page', () => {
  test('an unknown module has none', () => {
    expect(moduleView({ userId: makeUser().id, moduleId: 'no-such-module', locale: 'fr' })).toBe(
      undefined,
    );
  });

  test('a translated module without a self-check, in French', () => {
    const learner = makeUser().id;
    const view = moduleView({ userId: learner, moduleId: 'lf-archive-basics', locale: 'fr' });
    expect(view).toMatchObject({
      card: { id: 'lf-archive-basics', title: "Les bases de l'archivage" },
      objectives: ['Dresser la liste des archives conservées.'],
      bodyTranslated: true,
      // Its own question first, then the question that links to it.
      questions: [
        { id: 'lf-records.catalogue', text: 'Existe-t-il un catalogue des archives ?' },
        { id: 'lf-records.retention', text: 'Existe-t-il un calendrier de conservation ?' },
      ],
      check: null,
      progress: null,
      meta: { title: "Les bases de l'archivage", description: 'Garder ce qui compte.' },
    });
    expect(view?.body).toContain('Commencer ici');
  });

  test('an English-only module with a self-check: the options, never which is right', () => {
    const learner = makeUser().id;
    act(learner, 'lf-web-check', { intent: 'start' });
    const view = moduleView({ userId: learner, moduleId: 'lf-web-check', locale: 'fr' });
    expect(view?.bodyTranslated).toBe(false);
    expect(view?.questions).toEqual([]);
    expect(view?.progress?.status).toBe('started');
    expect(view?.check).toEqual({
      passMark: 0.6,
      questions: [
        {
          id: 'q1',
          prompt: 'Where do citizens look first?',
          options: [
            { id: 'a', text: 'The website' },
            { id: 'b', text: 'The gazette' },
          ],
        },
        {
          id: 'basics.q2',
          prompt: 'How soon should the agenda be online?',
          options: [
            { id: 'a', text: 'The week after' },
            { id: 'b', text: 'Before the sitting' },
            { id: 'c', text: 'Never' },
          ],
        },
        {
          id: 'q3',
          prompt: "Who owns the website's content?",
          options: [
            { id: 'a', text: 'Nobody' },
            { id: 'b', text: 'The services that write it' },
          ],
        },
      ],
    });
  });
});

describe('what a learner does on a module’s page', () => {
  test.each([
    {
      case: 'an unknown module',
      moduleId: 'no-such-module',
      request: { intent: 'start' },
      outcome: { status: 'not-found' },
      status: null,
    },
    {
      case: 'an unknown module, whatever the form',
      moduleId: 'no-such-module',
      request: undefined,
      outcome: { status: 'not-found' },
      status: null,
    },
    {
      case: 'a form that asks nothing',
      moduleId: 'lf-archive-basics',
      request: undefined,
      outcome: { status: 'bad-request' },
      status: null,
    },
    {
      case: 'starting',
      moduleId: 'lf-archive-basics',
      request: { intent: 'start' },
      outcome: { status: 'started' },
      status: 'started',
    },
    {
      case: 'completing by hand',
      moduleId: 'lf-archive-basics',
      request: { intent: 'complete' },
      outcome: { status: 'completed' },
      status: 'completed',
    },
    {
      case: 'completing by hand a module with a self-check',
      moduleId: 'lf-web-check',
      request: { intent: 'complete' },
      outcome: { status: 'check-required', intent: 'complete' },
      status: null,
    },
    {
      case: 'undoing a completion of a module with a self-check',
      moduleId: 'lf-web-check',
      request: { intent: 'uncomplete' },
      outcome: { status: 'check-required', intent: 'uncomplete' },
      status: null,
    },
    {
      case: 'a self-check the module does not have',
      moduleId: 'lf-archive-basics',
      request: { intent: 'check', answers: {} },
      outcome: { status: 'bad-request' },
      status: null,
    },
  ] satisfies {
    case: string;
    moduleId: string;
    request: ModuleRequest | undefined;
    outcome: unknown;
    status: string | null;
  }[])('$case', ({ moduleId, request, outcome, status }) => {
    const learner = makeUser().id;
    expect(act(learner, moduleId, request)).toEqual(outcome);
    expect(statusOf(learner, moduleId)).toBe(status);
  });

  test('undoing a completion by hand: started again', () => {
    const learner = makeUser().id;
    act(learner, 'lf-archive-basics', { intent: 'complete' });
    expect(act(learner, 'lf-archive-basics', { intent: 'uncomplete' })).toEqual({
      status: 'uncompleted',
    });
    expect(progressRows(learner)).toMatchObject([{ status: 'started', completedAt: null }]);
  });

  test('self-check attempts: a pass completes the module, the best score stays', () => {
    const learner = makeUser().id;
    const check = (answers: Record<string, string>) =>
      act(learner, 'lf-web-check', { intent: 'check', answers });
    const explanations = {
      q1: 'Most look online first.',
      'basics.q2': 'Before the sitting, or it is of no use.',
      q3: 'Those who write it keep it up to date.',
    };

    // q1 right, basics.q2 wrong, q3 unanswered, and an option no question offers: 1 of 3.
    expect(check({ q1: 'a', 'basics.q2': 'c', q3: 'z', other: 'a' })).toEqual({
      status: 'checked',
      check: {
        score: 1 / 3,
        passed: false,
        chosen: { q1: 'a', 'basics.q2': 'c' },
        questions: [
          { id: 'q1', chosen: 'a', correct: 'a', right: true, explanation: explanations.q1 },
          {
            id: 'basics.q2',
            chosen: 'c',
            correct: 'b',
            right: false,
            explanation: explanations['basics.q2'],
          },
          { id: 'q3', chosen: null, correct: 'b', right: false, explanation: explanations.q3 },
        ],
      },
    });
    // 1/3 < 0.6: started, best score 1/3.
    expect(progressRows(learner)).toMatchObject([{ status: 'started', bestScore: 1 / 3 }]);

    // Two of three right: 2/3 ≥ 0.6, passed.
    const passed = check({ q1: 'a', 'basics.q2': 'b', q3: 'a' });
    expect(passed).toMatchObject({ status: 'checked', check: { score: 2 / 3, passed: true } });
    expect(progressRows(learner)).toMatchObject([{ status: 'completed', bestScore: 2 / 3 }]);

    // None right afterwards: not passed, but the module stays completed with its best score.
    expect(check({ q1: 'b', 'basics.q2': 'a', q3: 'a' })).toMatchObject({
      check: { score: 0, passed: false },
    });
    expect(progressRows(learner)).toMatchObject([{ status: 'completed', bestScore: 2 / 3 }]);
  });
});
