import type { Grading } from '../core/task.js';

type AnswerGrading = Extract<Grading, { kind: 'answer' }>;

/** Trims, folds case and collapses runs of whitespace. */
export function normalizeAnswer(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * True when `answer` matches one of the key's accepted answers: `exact` compares after trimming,
 * `normalized` also folds case and whitespace, `regex` tests each pattern against the trimmed answer
 * (anchor the pattern with ^…$ to require a whole match).
 */
export function matchAnswer(answer: string, key: AnswerGrading): boolean {
  const trimmed = answer.replace(/\r\n?/g, '\n').trim();
  switch (key.match) {
    case 'exact':
      return key.expected.some((e) => e.replace(/\r\n?/g, '\n').trim() === trimmed);
    case 'normalized':
      return key.expected.some((e) => normalizeAnswer(e) === normalizeAnswer(trimmed));
    case 'regex':
      return key.expected.some((e) => new RegExp(e).test(trimmed));
  }
}
