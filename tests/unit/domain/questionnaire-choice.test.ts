import { describe, expect, test } from 'vitest';
import { chooseQuestionnaire } from '~/domain/questionnaire-choice';

const flagship = { questionnaireId: 'parliamentary-ict-governance', title: 'ICT governance' };
const web = { questionnaireId: 'web-presence', title: 'Web presence' };
const archives = { questionnaireId: 'archives', title: 'Archives' };

describe('which submitted questionnaire a page shows', () => {
  // `submitted` is newest first: here the web model was submitted after the flagship.
  const submitted = [web, flagship, archives];

  test.each([
    ['nothing asked: the flagship, though submitted earlier', null, flagship, false],
    ['an empty value counts as nothing asked', '', flagship, false],
    ['a submitted questionnaire asked for', 'web-presence', web, false],
    ['the flagship asked for', 'parliamentary-ict-governance', flagship, false],
    ['an id nobody submitted', 'open-parliament', flagship, true],
    ['a malformed id', '../web-presence', flagship, true],
    ['an id in capitals (ids are lower case)', 'Web-Presence', flagship, true],
  ])('%s', (_, requested, shown, unavailable) => {
    expect(
      chooseQuestionnaire({ submitted, requested, flagship: flagship.questionnaireId }),
    ).toEqual({ shown, options: [flagship, archives, web], unavailable });
  });

  test('without the flagship, the questionnaire submitted last', () => {
    expect(
      chooseQuestionnaire({
        submitted: [web, archives],
        requested: undefined,
        flagship: flagship.questionnaireId,
      })?.shown,
    ).toBe(web);
  });

  test("another deployment's flagship comes first the same way", () => {
    const choice = chooseQuestionnaire({ submitted, requested: null, flagship: 'archives' });
    expect(choice?.shown).toBe(archives);
    expect(choice?.options).toEqual([archives, flagship, web]);
  });

  test('nothing submitted, nothing shown, whatever is asked', () => {
    expect(
      chooseQuestionnaire({ submitted: [], requested: 'web-presence', flagship: 'archives' }),
    ).toBeUndefined();
  });
});
