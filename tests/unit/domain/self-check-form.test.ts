import { parseWithZod } from '@conform-to/zod/v4';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { checkFieldName, postedCheckAnswers } from '~/domain/self-check';

/** A posted form as the module page's action reads it: through Conform, keeping every field. */
function posted(fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const submission = parseWithZod(form, { schema: z.object({}).catchall(z.unknown()) });
  if (submission.status !== 'success') throw new Error('the form did not parse');
  return submission.value;
}

describe('the answers of a posted self-check', () => {
  test.each([
    {
      case: 'one field per question; other fields are not answers',
      fields: [
        [checkFieldName('q1'), 'a'],
        [checkFieldName('q2'), 'b'],
        ['intent', 'check'],
        ['csrf', 'token'],
      ],
      answers: { q1: 'a', q2: 'b' },
    },
    {
      // Conform reads "check::basics.q2" as { "check::basics": { q2 } }.
      case: 'a dotted question id',
      fields: [
        [checkFieldName('basics.q2'), 'b'],
        [checkFieldName('basics.deeper.q3'), 'c'],
      ],
      answers: { 'basics.q2': 'b', 'basics.deeper.q3': 'c' },
    },
    {
      case: 'a field sent twice: the first value',
      fields: [
        [checkFieldName('q1'), 'a'],
        [checkFieldName('q1'), 'b'],
      ],
      answers: { q1: 'a' },
    },
    { case: 'no answer at all', fields: [['intent', 'check']], answers: {} },
  ] satisfies { case: string; fields: [string, string][]; answers: Record<string, string> }[])(
    '$case',
    ({ fields, answers }) => {
      expect(postedCheckAnswers(posted(fields))).toEqual(answers);
    },
  );
});
