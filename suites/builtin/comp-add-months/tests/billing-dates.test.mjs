import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, billingSchedule } from '../billing-dates.mjs';

test('simple moves and year carry', () => {
  assert.equal(addMonths('2024-03-15', 1), '2024-04-15');
  assert.equal(addMonths('2024-11-15', 3), '2025-02-15');
  assert.equal(addMonths('2024-05-09', 0), '2024-05-09');
  assert.equal(addMonths('2024-01-01', 24), '2026-01-01');
});

test('negative months', () => {
  assert.equal(addMonths('2024-01-15', -1), '2023-12-15');
  assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
  assert.equal(addMonths('2024-02-10', -14), '2022-12-10');
  assert.equal(addMonths('2024-12-01', -12), '2023-12-01');
});

test('clamps to the end of the month', () => {
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2024-05-31', 1), '2024-06-30');
  assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  assert.equal(addMonths('2000-02-29', 48), '2004-02-29');
});

test('validation', () => {
  assert.throws(() => addMonths('2024-01-01', 1.5), RangeError);
  assert.throws(() => addMonths('2024-01-01', NaN), RangeError);
  assert.throws(() => addMonths('2024-02-30', 1), SyntaxError);
});

test('schedules computed from the anchor', () => {
  assert.deepEqual(billingSchedule('2024-01-31', 5), ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
  assert.deepEqual(billingSchedule('2023-11-30', 4), ['2023-11-30', '2023-12-30', '2024-01-30', '2024-02-29']);
});
