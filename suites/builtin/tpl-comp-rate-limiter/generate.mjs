// Complete a sliding-window-log rate limiter. An acquisition at time t counts for t <= now < t + window.
// The wrong solution still counts an acquisition at exactly t + window.

function simulate(ops, limit, windowMs, strict = true) {
  const log = [];
  const live = (now) => log.filter((t) => (strict ? now < t + windowMs : now <= t + windowMs));
  return ops.map(([op, now]) => {
    const l = live(now);
    if (op === 'acquire') {
      if (l.length < limit) {
        log.push(now);
        return true;
      }
      return false;
    }
    return l.length < limit ? 0 : l[l.length - limit] + windowMs - now;
  });
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const cls = h.caseWords([noun, 'gate'], 'pascal');
  const file = `${noun}-gate.mjs`;
  const limit = h.int(2, 6);
  const windowMs = h.int(5, 60) * 100;
  const head = `// Rate limiting for ${noun} requests: at most \`limit\` acquisitions in any sliding window of
// \`windowMs\` milliseconds. Time is passed in explicitly (\`now\`, in ms) so the class is testable.

export class ${cls} {
  #limit;
  #windowMs;
  /** Times (ms) of the successful acquisitions that may still count, oldest first. */
  #log = [];
  #last = -Infinity;

  constructor({ limit = ${limit}, windowMs = ${windowMs} } = {}) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
    if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Throws when time goes backwards; remembers \`now\`. */
  #tick(now) {
    if (typeof now !== 'number' || Number.isNaN(now)) throw new TypeError('now must be a number');
    if (now < this.#last) throw new RangeError('time went backwards');
    this.#last = now;
  }

  // TODO region: tryAcquire and retryAfter.
  //
  // An acquisition made at time t counts against the limit at every time \`now\` with
  // t <= now < t + windowMs (so it no longer counts at exactly t + windowMs).
  //
  // tryAcquire(now): calls this.#tick(now); when fewer than \`limit\` acquisitions count at \`now\`,
  //   records an acquisition at \`now\` and returns true; otherwise records nothing and returns false.
  // retryAfter(now): calls this.#tick(now); returns 0 when tryAcquire(now) would succeed, else the
  //   number of ms to wait until it would (the earliest time at which fewer than \`limit\` count).
  //   It never records an acquisition.
`;
  const tail = `
  /** How many acquisitions count at the last time seen. */
  get inUse() {
    return this.#log.filter((t) => this.#last < t + this.#windowMs).length;
  }
}
`;
  const body = (cmp) => `
  #prune(now) {
    while (this.#log.length > 0 && this.#log[0] + this.#windowMs ${cmp} now) this.#log.shift();
  }

  tryAcquire(now) {
    this.#tick(now);
    this.#prune(now);
    if (this.#log.length >= this.#limit) return false;
    this.#log.push(now);
    return true;
  }

  retryAfter(now) {
    this.#tick(now);
    this.#prune(now);
    if (this.#log.length < this.#limit) return 0;
    return this.#log[this.#log.length - this.#limit] + this.#windowMs - now;
  }
`;
  const stub = `
  tryAcquire(now) {
    throw new Error('not implemented');
  }

  retryAfter(now) {
    throw new Error('not implemented');
  }
`;
  // Timelines: a burst, the exact boundary, spaced arrivals, random traffic.
  const t0 = h.int(0, 5000);
  const tl1 = [];
  for (let i = 0; i <= limit; i++) tl1.push(['acquire', t0 + i]);
  tl1.push(['retry', t0 + limit], ['acquire', t0 + windowMs - 1], ['retry', t0 + windowMs - 1], ['acquire', t0 + windowMs], ['acquire', t0 + windowMs + 1], ['retry', t0 + windowMs + 1]);
  const tl2 = [];
  let now = t0;
  for (let i = 0; i < 25; i++) {
    now += h.pick([0, 1, h.int(1, windowMs / 4), h.int(1, windowMs)]);
    tl2.push([h.bool(0.8) ? 'acquire' : 'retry', now]);
  }
  const timelines = [tl1, tl2].map((ops) => [ops, simulate(ops, limit, windowMs)]);
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ${cls} } from '../${file}';

const timelines = ${JSON.stringify(timelines)};

function play(ops, options) {
  const gate = new ${cls}(options);
  return ops.map(([op, now]) => (op === 'acquire' ? gate.tryAcquire(now) : gate.retryAfter(now)));
}

test('follows the sliding window', () => {
  timelines.forEach(([ops, expected], i) => assert.deepEqual(play(ops), expected, \`timeline \${i}\`));
});

test('uses the options', () => {
  assert.deepEqual(play([['acquire', 0], ['acquire', 1], ['retry', 1], ['acquire', 9], ['acquire', 10], ['retry', 10]], { limit: 1, windowMs: 10 }), [true, false, 9, false, true, 10]);
});

test('time must not go backwards', () => {
  const gate = new ${cls}();
  gate.tryAcquire(100);
  assert.throws(() => gate.tryAcquire(99), RangeError);
  assert.throws(() => gate.retryAfter(50), RangeError);
});
`;
  return {
    instruction: `# Finish the ${noun} rate limiter

\`${file}\` holds \`${cls}\`, a sliding-window rate limiter. Its methods \`tryAcquire\` and
\`retryAfter\` are missing: write them where the TODO comment says, as it specifies, keeping the rest
of the class unchanged.
`,
    workspace: { [file]: head + stub + tail },
    tests: { 'limiter.test.mjs': tests },
    solution: { [file]: head + body('<=') + tail },
    wrong: { [file]: head + body('<') + tail },
    params: { noun, cls, file, limit, windowMs },
  };
}
