import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

function closeRel(actual: number, expected: number, rel: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${label} got ${actual}, expected ${expected}`);
}

test('regularizedIncompleteBeta matches closed forms', () => {
  for (const x of [0.001, 0.1, 0.37, 0.5, 0.9, 0.999]) {
    closeRel(regularizedIncompleteBeta(x, 1, 1), x, 1e-14, 'uniform');
    closeRel(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-13, 'I_x(a, 1) = x^a');
    closeRel(regularizedIncompleteBeta(x, 1, 4.2), 1 - (1 - x) ** 4.2, 1e-13, 'I_x(1, b)');
  }
  closeRel(regularizedIncompleteBeta(0.3, 2, 3), 0.3483, 1e-14);
});

test('regularizedIncompleteBeta matches high-precision values, including large shapes', () => {
  closeRel(regularizedIncompleteBeta(0.47, 1400, 1500), 0.084495926553690153, 1e-11);
  closeRel(regularizedIncompleteBeta(0.001, 0.5, 20), 0.1575838139836385, 1e-13);
});

test('regularizedIncompleteBeta satisfies I_x(a, b) = 1 − I_{1−x}(b, a) and is monotone in x', () => {
  for (const [a, b] of [[0.5, 0.5], [2, 9], [30, 4], [200, 180]] as const) {
    let previous = 0;
    for (let x = 0.01; x < 1; x += 0.01) {
      const value = regularizedIncompleteBeta(x, a, b);
      assert.ok(Math.abs(value - (1 - regularizedIncompleteBeta(1 - x, b, a))) < 1e-13);
      assert.ok(value >= previous);
      previous = value;
    }
  }
});

test('regularizedIncompleteBeta edge cases and argument validation', () => {
  assert.equal(regularizedIncompleteBeta(0, 2, 3), 0);
  assert.equal(regularizedIncompleteBeta(1, 2, 3), 1);
  assert.throws(() => regularizedIncompleteBeta(-0.1, 2, 3), RangeError);
  assert.throws(() => regularizedIncompleteBeta(1.1, 2, 3), RangeError);
  assert.throws(() => regularizedIncompleteBeta(0.5, 0, 3), RangeError);
  assert.throws(() => regularizedIncompleteBeta(0.5, 2, -1), RangeError);
});
