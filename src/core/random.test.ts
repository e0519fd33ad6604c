import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashUniform, seededRandom } from './random.js';

test('hashUniform is deterministic and depends on every part', () => {
  const a = hashUniform('select', 1, '2026-01-01', 'task-a');
  assert.equal(hashUniform('select', 1, '2026-01-01', 'task-a'), a);
  assert.notEqual(hashUniform('select', 2, '2026-01-01', 'task-a'), a);
  assert.notEqual(hashUniform('select', 1, '2026-01-02', 'task-a'), a);
  assert.notEqual(hashUniform('select', 1, '2026-01-01', 'task-b'), a);
});

test('hashUniform joins parts unambiguously enough that ("ab","c") differs from ("a","bc")', () => {
  assert.notEqual(hashUniform('ab', 'c'), hashUniform('a', 'bc'));
});

test('hashUniform stays in [0, 1) and is roughly uniform', () => {
  const n = 20_000;
  const bins = new Array<number>(10).fill(0);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const u = hashUniform('u', i);
    assert.ok(u >= 0 && u < 1, `out of range: ${u}`);
    sum += u;
    bins[Math.floor(u * 10)]! += 1;
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.01, `mean ${sum / n}`);
  for (const b of bins) assert.ok(Math.abs(b - n / 10) < 5 * Math.sqrt((n / 10) * 0.9), `bin ${b}`);
});

test('seededRandom repeats its stream for a seed and stays in [0, 1)', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const xs = Array.from({ length: 100 }, () => a());
  assert.deepEqual(Array.from({ length: 100 }, () => b()), xs);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(Array.from({ length: 5 }, seededRandom(43)), xs.slice(0, 5));
});
