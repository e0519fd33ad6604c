import { createHash } from 'node:crypto';

/** A seeded source of uniform numbers in [0, 1): what a template's `generate` gets as `random`. */
export type Random = () => number;

/**
 * A deterministic PRNG (sfc32, 128 bits of state) seeded from the SHA-256 of the given parts. The
 * same parts give the same stream on every machine and every Node version; generators must draw
 * every random choice from it (never `Math.random`, `Date` or the environment).
 */
export function createRandom(...parts: string[]): Random {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up so that seeds differing in few bits diverge at once.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Identifier casing styles {@link TemplateHelpers.identifier} can produce. */
export type IdentifierStyle = 'camel' | 'pascal' | 'snake' | 'kebab' | 'upper';

/**
 * Word lists for generated names: plain English words that are not keywords, builtins or common
 * library names in JavaScript or Python, so any combination is a safe identifier in both.
 */
export const TEMPLATE_WORDS = {
  nouns: [
    'acorn', 'anchor', 'badge', 'barrel', 'beacon', 'bramble', 'bucket', 'cabin', 'canyon', 'cargo',
    'cedar', 'cinder', 'clover', 'comet', 'copper', 'crater', 'dune', 'ember', 'falcon', 'fern',
    'fjord', 'garnet', 'glacier', 'harbor', 'hazel', 'heron', 'island', 'ivy', 'jasper', 'kettle',
    'lagoon', 'lantern', 'ledger', 'lichen', 'maple', 'marble', 'meadow', 'nectar', 'orchard', 'otter',
    'parcel', 'pebble', 'pepper', 'pigeon', 'quarry', 'quill', 'raven', 'ripple', 'saddle', 'sparrow',
    'spruce', 'summit', 'thistle', 'timber', 'tulip', 'valley', 'walnut', 'willow', 'yarrow', 'zephyr',
  ],
  adjectives: [
    'amber', 'brisk', 'calm', 'crisp', 'dusty', 'eager', 'fancy', 'gentle', 'golden', 'hollow',
    'humble', 'jolly', 'keen', 'lively', 'lucky', 'mellow', 'misty', 'nimble', 'noble', 'plain',
    'quiet', 'rapid', 'rustic', 'silent', 'silver', 'snowy', 'steady', 'sunny', 'swift', 'tidy',
    'vivid', 'wild', 'windy', 'witty', 'young', 'zesty',
  ],
  verbs: [
    'align', 'bundle', 'carve', 'collect', 'draft', 'gather', 'harvest', 'measure', 'merge', 'polish',
    'reckon', 'refine', 'settle', 'shape', 'sift', 'sketch', 'stack', 'tally', 'tune', 'weave',
  ],
} as const;

/** Small helpers over a {@link Random}, passed to generators as `helpers`. */
export interface TemplateHelpers {
  /** A uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** True with probability `p` (default 0.5). */
  bool(p?: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` distinct elements (by position) in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** `n` values from `make` that are pairwise distinct (by `String(value)`); throws after many retries. */
  distinct<T>(n: number, make: () => T): T[];
  /** Writes `words` in a casing style, e.g. `['swift', 'otter']` → `swiftOtter` (camel). */
  caseWords(words: readonly string[], style: IdentifierStyle): string;
  /** A random identifier: `parts` words (an adjective or verb, then nouns), in `style` (default camel, 2 parts). */
  identifier(options?: { style?: IdentifierStyle; parts?: number; lead?: 'adjective' | 'verb' }): string;
  /** `n` distinct identifiers (see {@link TemplateHelpers.identifier}). */
  identifiers(n: number, options?: { style?: IdentifierStyle; parts?: number; lead?: 'adjective' | 'verb' }): string[];
  /** The word lists used for identifiers. */
  words: typeof TEMPLATE_WORDS;
}

/** Builds the {@link TemplateHelpers} over one random stream. */
export function createHelpers(random: Random): TemplateHelpers {
  const int = (lo: number, hi: number): number => {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError(`int(${lo}, ${hi}): expected integers with lo <= hi`);
    return lo + Math.floor(random() * (hi - lo + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: empty array');
    return items[int(0, items.length - 1)]!;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const distinct = <T>(n: number, make: () => T): T[] => {
    const seen = new Set<string>();
    const out: T[] = [];
    for (let tries = 0; out.length < n; tries++) {
      if (tries > 1000 + 100 * n) throw new RangeError(`distinct: could not draw ${n} distinct values`);
      const v = make();
      if (seen.has(String(v))) continue;
      seen.add(String(v));
      out.push(v);
    }
    return out;
  };
  const caseWords = (words: readonly string[], style: IdentifierStyle): string => {
    const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
    switch (style) {
      case 'camel':
        return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
      case 'pascal':
        return words.map(cap).join('');
      case 'snake':
        return words.join('_');
      case 'kebab':
        return words.join('-');
      case 'upper':
        return words.join('_').toUpperCase();
    }
  };
  const identifier: TemplateHelpers['identifier'] = (options = {}) => {
    const parts = options.parts ?? 2;
    const words: string[] = [];
    if (parts > 1) words.push(pick(options.lead === 'verb' ? TEMPLATE_WORDS.verbs : TEMPLATE_WORDS.adjectives));
    while (words.length < parts) words.push(pick(TEMPLATE_WORDS.nouns));
    return caseWords(words, options.style ?? 'camel');
  };
  return {
    int,
    bool: (p = 0.5) => random() < p,
    pick,
    shuffle,
    sample: (items, n) => {
      if (n > items.length) throw new RangeError(`sample: ${n} of ${items.length}`);
      return shuffle(items).slice(0, n);
    },
    distinct,
    caseWords,
    identifier,
    identifiers: (n, options) => distinct(n, () => identifier(options)),
    words: TEMPLATE_WORDS,
  };
}
