import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fisherExactTest, type FisherAlternative, type TwoByTwoTable } from './fisher-exact-test.js';

function closeRel(actual: number, expected: number, rel: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${label} got ${actual}, expected ${expected}`);
}

test('fisherExactTest matches scipy.stats.fisher_exact', () => {
  const cases: [TwoByTwoTable, FisherAlternative, number][] = [
    [[[8, 2], [1, 5]], 'two-sided', 0.034965034965034975],
    [[[8, 2], [1, 5]], 'less', 0.9991258741258742],
    [[[8, 2], [1, 5]], 'greater', 0.024475524475524483],
    // scipy's regression tests (gh-4130): tiny p-values.
    [[[6, 37], [108, 200]], 'two-sided', 0.005092697748126],
    [[[22, 0], [0, 102]], 'two-sided', 7.175066786244549e-25],
    [[[94, 48], [3577, 16988]], 'two-sided', 2.069356340993818e-37],
  ];
  for (const [table, alternative, expected] of cases) {
    closeRel(fisherExactTest(table, alternative).pValue, expected, 1e-9, `${JSON.stringify(table)} ${alternative}`);
  }
});

test('fisherExactTest two-sided counts tables tied with the observed one (mirror tables)', () => {
  // [[3, 5], [5, 3]] and [[5, 3], [3, 5]] have equal probability under H₀: both are included.
  closeRel(fisherExactTest([[3, 5], [5, 3]]).pValue, 0.6192696192696193, 1e-12);
  closeRel(fisherExactTest([[5, 3], [3, 5]]).pValue, 0.6192696192696193, 1e-12);
});

test('fisherExactTest one-sided p-values add up to 1 + P(observed) and two-sided ≤ 2·min', () => {
  for (const table of [[[3, 9], [7, 2]], [[10, 10], [10, 10]], [[0, 5], [6, 1]]] as TwoByTwoTable[]) {
    const less = fisherExactTest(table, 'less').pValue;
    const greater = fisherExactTest(table, 'greater').pValue;
    const two = fisherExactTest(table).pValue;
    assert.ok(less + greater >= 1);
    assert.ok(two <= Math.min(1, 2 * Math.min(less, greater)) + 1e-12);
    assert.ok(two >= Math.min(less, greater) - 1e-12);
  }
});

test('fisherExactTest edge cases: an empty row or column gives p = 1', () => {
  for (const alternative of ['two-sided', 'less', 'greater'] as const) {
    assert.equal(fisherExactTest([[0, 0], [3, 4]], alternative).pValue, 1);
    assert.equal(fisherExactTest([[0, 3], [0, 4]], alternative).pValue, 1);
    assert.equal(fisherExactTest([[0, 0], [0, 0]], alternative).pValue, 1);
  }
  assert.equal(fisherExactTest([[5, 5], [5, 5]]).pValue, 1);
});

test('fisherExactTest validates its arguments', () => {
  assert.throws(() => fisherExactTest([[-1, 2], [3, 4]]), RangeError);
  assert.throws(() => fisherExactTest([[1, 2.5], [3, 4]]), RangeError);
  assert.throws(() => fisherExactTest([[1, 2], [3, 4]], 'bigger' as FisherAlternative), RangeError);
});
