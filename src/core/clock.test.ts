import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, fixedClock, isIsoDay, isoDay } from './clock.js';

test('isIsoDay accepts real calendar days', () => {
  for (const d of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29']) assert.equal(isIsoDay(d), true, d);
});

test('isIsoDay rejects impossible days and other shapes', () => {
  for (const d of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '', 'yesterday']) {
    assert.equal(isIsoDay(d), false, d);
  }
});

test('addDays crosses month and year ends and goes backwards', () => {
  assert.equal(addDays('2026-01-31', 1), '2026-02-01');
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2027-01-01', -1), '2026-12-31');
  assert.equal(addDays('2026-03-01', -30), '2026-01-30');
  assert.equal(addDays('2026-06-15', 0), '2026-06-15');
  assert.equal(addDays('2026-01-01', 365), '2027-01-01');
});

test('daysBetween is b − a in whole days', () => {
  assert.equal(daysBetween('2026-01-01', '2026-01-01'), 0);
  assert.equal(daysBetween('2026-01-01', '2026-01-31'), 30);
  assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
  assert.equal(daysBetween('2026-03-01', '2026-02-01'), -28);
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
});

test('isoDay is the UTC day; fixedClock always answers the same instant', () => {
  assert.equal(isoDay(new Date('2026-05-01T23:30:00-02:00')), '2026-05-02');
  const c = fixedClock('2026-07-04T12:00:00Z');
  const a = c.now();
  a.setUTCFullYear(1999);
  assert.equal(c.now().toISOString(), '2026-07-04T12:00:00.000Z');
});
