import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CappedBuffer } from './capped-buffer.js';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');

test('output under the limit is kept whole, across chunks, without a marker', () => {
  const c = new CappedBuffer(10);
  c.push(b('abc'));
  c.push(b('defg'));
  c.push(b('hij'));
  assert.equal(c.truncated, false);
  assert.equal(c.toString(), 'abcdefghij');
});

test('output over the limit keeps the head and the tail and counts the cut bytes', () => {
  const c = new CappedBuffer(10);
  c.push(b('abcdefghijklmnop'));
  assert.equal(c.truncated, true);
  assert.equal(c.toString(), 'abcde\n…[6 bytes cut]…\nlmnop');
});

test('the tail keeps the last bytes over many small chunks', () => {
  const c = new CappedBuffer(8);
  for (const ch of 'abcdefghijklmnopqrstuvwxyz') c.push(b(ch));
  assert.equal(c.toString(), 'abcd\n…[18 bytes cut]…\nwxyz');
});

test('an odd limit keeps exactly `limit` bytes', () => {
  const c = new CappedBuffer(11);
  c.push(b('0123456789'.repeat(5)));
  const s = c.toString();
  assert.equal(s, '01234\n…[39 bytes cut]…\n456789');
});

test('an empty buffer is the empty string', () => {
  const c = new CappedBuffer(64);
  assert.equal(c.toString(), '');
  assert.equal(c.truncated, false);
});
