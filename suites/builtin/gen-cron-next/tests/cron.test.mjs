import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRun } from '../cron.mjs';

const at = (s) => new Date(s);
const iso = (d) => (d === null ? null : d.toISOString());

test('every minute, strictly after', () => {
  assert.equal(iso(nextRun('* * * * *', at('2024-01-01T10:00:30Z'))), '2024-01-01T10:01:00.000Z');
  assert.equal(iso(nextRun('* * * * *', at('2024-01-01T10:00:00Z'))), '2024-01-01T10:01:00.000Z');
  assert.equal(iso(nextRun('  *\t* *  * *  ', at('2024-12-31T23:59:59.999Z'))), '2025-01-01T00:00:00.000Z');
});

test('weekday schedule', () => {
  assert.equal(iso(nextRun('30 9 * * 1-5', at('2024-03-01T09:30:00Z'))), '2024-03-04T09:30:00.000Z');
  assert.equal(iso(nextRun('30 9 * * 1-5', at('2024-03-04T09:29:59Z'))), '2024-03-04T09:30:00.000Z');
});

test('steps, ranges and lists', () => {
  assert.equal(iso(nextRun('*/15 * * * *', at('2024-05-05T10:44:00Z'))), '2024-05-05T10:45:00.000Z');
  assert.equal(iso(nextRun('*/15 * * * *', at('2024-05-05T10:59:59Z'))), '2024-05-05T11:00:00.000Z');
  assert.equal(iso(nextRun('5,10-20/5 1 * * *', at('2024-05-05T01:05:00Z'))), '2024-05-05T01:10:00.000Z');
  assert.equal(iso(nextRun('5,10-20/5 1 * * *', at('2024-05-05T01:20:00Z'))), '2024-05-06T01:05:00.000Z');
  assert.equal(iso(nextRun('0 0 1 2/3 *', at('2024-05-05T00:00:00Z'))), '2024-08-01T00:00:00.000Z');
  assert.equal(iso(nextRun('0 22/2 * * *', at('2024-05-05T22:00:00Z'))), '2024-05-06T22:00:00.000Z');
});

test('month boundaries and leap days', () => {
  assert.equal(iso(nextRun('0 0 1 * *', at('2024-01-31T12:00:00Z'))), '2024-02-01T00:00:00.000Z');
  assert.equal(iso(nextRun('0 0 31 * *', at('2024-04-01T00:00:00Z'))), '2024-05-31T00:00:00.000Z');
  assert.equal(iso(nextRun('0 0 29 2 *', at('2025-01-01T00:00:00Z'))), '2028-02-29T00:00:00.000Z');
});

test('impossible dates return null', () => {
  assert.equal(nextRun('0 0 30 2 *', at('2024-01-01T00:00:00Z')), null);
  assert.equal(nextRun('0 0 31 4,6,9,11 *', at('2024-01-01T00:00:00Z')), null);
});

test('day of month OR day of week when both are restricted', () => {
  // 2024-09-01 is a Sunday; 2024-09-06 a Friday; 2024-09-13 a Friday the 13th
  assert.equal(iso(nextRun('0 12 13 * 5', at('2024-09-01T00:00:00Z'))), '2024-09-06T12:00:00.000Z');
  assert.equal(iso(nextRun('0 12 1 * 1', at('2024-09-01T12:00:00Z'))), '2024-09-02T12:00:00.000Z');
  assert.equal(iso(nextRun('0 12 13 * *', at('2024-09-01T00:00:00Z'))), '2024-09-13T12:00:00.000Z');
  assert.equal(iso(nextRun('0 12 * * 5', at('2024-09-06T12:00:00Z'))), '2024-09-13T12:00:00.000Z');
});

test('7 means Sunday too', () => {
  assert.equal(iso(nextRun('0 8 * * 7', at('2024-03-01T00:00:00Z'))), '2024-03-03T08:00:00.000Z');
  assert.equal(iso(nextRun('0 8 * * 0', at('2024-03-01T00:00:00Z'))), '2024-03-03T08:00:00.000Z');
  assert.equal(iso(nextRun('0 8 * * 6-7', at('2024-03-01T00:00:00Z'))), '2024-03-02T08:00:00.000Z');
});

test('syntax errors', () => {
  const after = at('2024-01-01T00:00:00Z');
  for (const bad of ['* * * *', '* * * * * *', '60 * * * *', '* 24 * * *', '* * 0 * *', '* * * 13 *', '* * * * 8',
    '5-1 * * * *', '*/0 * * * *', 'a * * * *', '1,,2 * * * *', '* * * JAN *', '-1 * * * *', '1-2-3 * * * *', '']) {
    assert.throws(() => nextRun(bad, after), SyntaxError, bad);
  }
});

test('after must be a valid Date and is not modified', () => {
  assert.throws(() => nextRun('* * * * *', '2024-01-01'), TypeError);
  assert.throws(() => nextRun('* * * * *', new Date('nope')), TypeError);
  const after = at('2024-01-01T00:00:00Z');
  nextRun('0 0 * * *', after);
  assert.equal(after.toISOString(), '2024-01-01T00:00:00.000Z');
});
