import type { Question, Questionnaire } from './questionnaire/schema';
import { questionsOf, scaleOptions, topLevel } from './questionnaire/tree';
import type { Answer } from './scoring/answers';
import { countingFor } from './scoring/answers';

/*
 * Realistic, reproducible answers for demo and scale data: every parliament has a general level
 * of maturity, stronger and weaker domains, and moves up a little each cycle. The same seed
 * always gives the same answers.
 */

/** A small, fast, seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Profile {
  /** The parliament's general level, 0 to 5. */
  base: number;
  /** Per domain id, how far above or below its general level. */
  domainOffsets: Map<string, number>;
}

export function profileFor(seed: string, base: number, domainIds: readonly string[]): Profile {
  const rng = random(hash(seed));
  return { base, domainOffsets: new Map(domainIds.map((id) => [id, (rng() - 0.5) * 1.8])) };
}

function answerFor(
  q: Questionnaire,
  question: Question,
  level: number,
  rng: () => number,
): Answer | undefined {
  const top = topLevel(q);
  const share = Math.max(0, Math.min(1, level / top));
  switch (question.kind) {
    case 'choice': {
      const options = scaleOptions(q, question.scale) ?? [];
      const index = Math.max(
        0,
        Math.min(options.length - 1, Math.round(share * (options.length - 1))),
      );
      return { state: 'answered', value: options[index]?.id ?? null };
    }
    case 'yes-no':
      return {
        state: 'answered',
        value: share > 0.6 ? 'yes' : share > 0.3 && question.partly !== false ? 'partly' : 'no',
      };
    case 'checklist':
      return {
        state: 'answered',
        value: question.items
          .filter(() => rng() < share * 0.9 + 0.05)
          .map((i) => i.id)
          .sort(),
      };
    case 'number': {
      const thresholds = question.thresholds;
      const maxScore = Math.max(...thresholds.map((t) => t.score));
      const wanted = share * maxScore;
      const best = [...thresholds].sort(
        (a, b) => Math.abs(a.score - wanted) - Math.abs(b.score - wanted),
      )[0];
      const bound = best?.atLeast ?? best?.atMost ?? 0;
      const value =
        best?.atLeast !== undefined
          ? bound + Math.round(rng() * 3)
          : Math.max(question.min ?? 0, bound - Math.round(rng() * 2));
      return {
        state: 'answered',
        value: question.max !== undefined ? Math.min(question.max, value) : value,
      };
    }
    case 'text':
      return rng() < 0.5
        ? {
            state: 'answered',
            value: 'Priorities agreed with the Secretary General for the next two years.',
          }
        : undefined;
  }
}

/**
 * Answers of one parliament for one cycle. `progress` is how many levels it has gained since its
 * first cycle; `coverage` the share of questions it answered.
 */
export function generateAnswers(
  q: Questionnaire,
  profile: Profile,
  progress: number,
  seed: string,
  coverage = 1,
): Map<string, Answer> {
  const rng = random(hash(seed));
  const top = topLevel(q);
  const answers = new Map<string, Answer>();
  for (const domain of q.domains) {
    const domainLevel = profile.base + (profile.domainOffsets.get(domain.id) ?? 0) + progress;
    for (const question of questionsOf(domain)) {
      if (rng() > coverage) continue;
      const roll = rng();
      if (
        question.kind !== 'text' &&
        roll < 0.03 &&
        countingFor(q, question, 'not-applicable') !== 'not-allowed'
      ) {
        answers.set(question.id, { state: 'not-applicable' });
        continue;
      }
      if (
        question.kind !== 'text' &&
        roll < 0.07 &&
        countingFor(q, question, 'dont-know') !== 'not-allowed'
      ) {
        answers.set(question.id, { state: 'dont-know' });
        continue;
      }
      const level = Math.max(0, Math.min(top, domainLevel + (rng() - 0.5) * 1.6));
      const answer = answerFor(q, question, level, rng);
      if (answer) answers.set(question.id, answer);
    }
  }
  return answers;
}
