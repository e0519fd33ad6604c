import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHelpers, createRandom, TEMPLATE_WORDS } from './template-random.js';

const draw = (r: () => number, n: number): number[] => Array.from({ length: n }, () => r());

test('createRandom: the same parts give the same stream, other parts another one', () => {
  assert.deepEqual(draw(createRandom('a', '2026-01-01'), 50), draw(createRandom('a', '2026-01-01'), 50));
  assert.notDeepEqual(draw(createRandom('a', '2026-01-01'), 10), draw(createRandom('a', '2026-01-02'), 10));
  assert.notDeepEqual(draw(createRandom('a', 'b'), 10), draw(createRandom('ab'), 10), 'parts are joined unambiguously');
});

test('createRandom: a known value, so the stream never changes silently across versions', () => {
  // Changing the PRNG changes every variant of every template: if this fails, bump every template version.
  const r = createRandom('barometer', 'tpl-x', '2026-01-01');
  assert.deepEqual(draw(r, 3).map((x) => Math.floor(x * 1e9)), [718717303, 685524017, 226058254]);
});

test('createRandom: uniform-looking numbers in [0, 1)', () => {
  const xs = draw(createRandom('uniform'), 20_000);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.01, `mean ${mean}`);
  const buckets = new Array(10).fill(0);
  for (const x of xs) buckets[Math.floor(x * 10)]++;
  assert.ok(buckets.every((b) => b > 1800 && b < 2200), buckets.join(' '));
});

test('helpers: int, bool, pick, shuffle, sample', () => {
  const h = createHelpers(createRandom('helpers'));
  const ints = Array.from({ length: 2000 }, () => h.int(3, 7));
  assert.deepEqual([...new Set(ints)].sort(), [3, 4, 5, 6, 7]);
  assert.throws(() => h.int(5, 4), RangeError);
  assert.throws(() => h.int(0.5, 4), RangeError);
  assert.equal(h.int(9, 9), 9);
  assert.ok(Array.from({ length: 100 }, () => h.bool(0)).every((b) => !b));
  assert.ok(Array.from({ length: 100 }, () => h.bool(1)).every((b) => b));
  assert.throws(() => h.pick([]), RangeError);
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  const shuffled = h.shuffle(items);
  assert.deepEqual([...shuffled].sort(), items);
  assert.deepEqual(items, [1, 2, 3, 4, 5, 6, 7, 8], 'the input is not changed');
  const s = h.sample(items, 5);
  assert.equal(new Set(s).size, 5);
  assert.throws(() => h.sample(items, 9), RangeError);
});

test('helpers: distinct, caseWords and identifiers', () => {
  const h = createHelpers(createRandom('names'));
  assert.equal(new Set(h.distinct(5, () => h.int(1, 6))).size, 5);
  assert.throws(() => h.distinct(3, () => 1), RangeError);
  assert.equal(h.caseWords(['swift', 'otter', 'den'], 'camel'), 'swiftOtterDen');
  assert.equal(h.caseWords(['swift', 'otter'], 'pascal'), 'SwiftOtter');
  assert.equal(h.caseWords(['swift', 'otter'], 'snake'), 'swift_otter');
  assert.equal(h.caseWords(['swift', 'otter'], 'kebab'), 'swift-otter');
  assert.equal(h.caseWords(['swift', 'otter'], 'upper'), 'SWIFT_OTTER');
  const ids = h.identifiers(30, { style: 'snake', parts: 3 });
  assert.equal(new Set(ids).size, 30);
  for (const id of ids) assert.match(id, /^[a-z]+_[a-z]+_[a-z]+$/);
  assert.match(h.identifier({ lead: 'verb' }), /^[a-z]+[A-Z][a-z]+$/);
  assert.match(h.identifier({ parts: 1 }), /^[a-z]+$/);
});

test('word lists: lowercase, unique, and never a JavaScript or Python keyword', () => {
  const all = [...TEMPLATE_WORDS.nouns, ...TEMPLATE_WORDS.adjectives, ...TEMPLATE_WORDS.verbs];
  assert.equal(new Set(all).size, all.length);
  const reserved = new Set(['and', 'as', 'break', 'case', 'class', 'const', 'def', 'del', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'let', 'new', 'not', 'or', 'pass', 'return', 'try', 'var', 'while', 'with', 'yield', 'list', 'dict', 'set', 'map', 'type', 'object', 'string', 'filter', 'sum', 'max', 'min', 'len', 'id', 'input', 'print']);
  for (const w of all) {
    assert.match(w, /^[a-z]+$/);
    assert.ok(!reserved.has(w), w);
  }
});
