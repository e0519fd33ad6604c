import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes } from '../format-bytes.mjs';

test('plain bytes have no decimals', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1), '1 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(1023, 3), '1023 B');
});

test('unit boundaries', () => {
  assert.equal(formatBytes(1024), '1.0 KiB');
  assert.equal(formatBytes(1536), '1.5 KiB');
  assert.equal(formatBytes(1024 ** 2), '1.0 MiB');
  assert.equal(formatBytes(5 * 1024 ** 3, 2), '5.00 GiB');
  assert.equal(formatBytes(3 * 1024 ** 4), '3.0 TiB');
  assert.equal(formatBytes(1024 ** 5), '1.0 PiB');
});

test('decimals follow toFixed', () => {
  assert.equal(formatBytes(1536, 0), '2 KiB');
  assert.equal(formatBytes(1100, 3), '1.074 KiB');
  assert.equal(formatBytes(10 * 1024 + 512, 1), '10.5 KiB');
});

test('rounding up to 1024 promotes to the next unit', () => {
  assert.equal(formatBytes(1048575), '1.0 MiB');
  assert.equal(formatBytes(1024 * 1024 - 40), '1.0 MiB');
  assert.equal(formatBytes(1024 * 1024 - 60, 1), '1023.9 KiB');
  assert.equal(formatBytes(1024 ** 3 - 1, 0), '1 GiB');
  assert.equal(formatBytes(1024 * 1024 - 1, 3), '1023.999 KiB');
});

test('largest values', () => {
  assert.equal(formatBytes(1000 * 1024 ** 4), '1000.0 TiB');
  assert.equal(formatBytes(Number.MAX_SAFE_INTEGER, 0), '8 PiB');
});

test('invalid arguments', () => {
  for (const bad of [-1, 1.5, NaN, Infinity, '1024', 2 ** 53]) {
    assert.throws(() => formatBytes(bad), RangeError, String(bad));
  }
  for (const bad of [-1, 4, 1.5]) {
    assert.throws(() => formatBytes(2048, bad), RangeError, String(bad));
  }
});
