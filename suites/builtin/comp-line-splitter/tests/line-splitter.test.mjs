import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSplitter } from '../line-splitter.mjs';

function splitAll(chunks, options) {
  const s = new LineSplitter(options);
  const out = [];
  for (const c of chunks) out.push(...s.push(c));
  out.push(...s.end());
  return out;
}

test('single chunk with every terminator', () => {
  const s = new LineSplitter();
  assert.deepEqual(s.push('a\nb\r\nc\rd'), ['a', 'b', 'c']);
  assert.deepEqual(s.end(), ['d']);
  assert.equal(s.lineCount, 4);
});

test('empty lines are lines', () => {
  assert.deepEqual(splitAll(['a\n\nb\n']), ['a', '', 'b']);
  assert.deepEqual(splitAll(['\r\n\r\n']), ['', '']);
  assert.deepEqual(splitAll(['\r\r\n']), ['', '']);
  assert.deepEqual(splitAll(['\n\r']), ['', '']);
});

test('lines spanning chunks', () => {
  const s = new LineSplitter();
  assert.deepEqual(s.push('hel'), []);
  assert.deepEqual(s.push('lo wor'), []);
  assert.deepEqual(s.push('ld\nnext'), ['hello world']);
  assert.deepEqual(s.end(), ['next']);
});

test('CRLF split across chunks does not create an empty line', () => {
  const s = new LineSplitter();
  assert.deepEqual(s.push('a\r'), ['a']);
  assert.deepEqual(s.push('\nb\n'), ['b']);
  assert.deepEqual(s.push('c\r'), ['c']);
  assert.deepEqual(s.push(''), []);
  assert.deepEqual(s.push('\n'), []);
  assert.deepEqual(s.push('\n'), ['']);
  assert.equal(s.lineCount, 4);
});

test('lone CR at a chunk end followed by text', () => {
  assert.deepEqual(splitAll(['x\r', 'y\r', '\r', 'z']), ['x', 'y', '', 'z']);
});

test('every chunking gives the same lines', () => {
  const text = 'alpha\r\nbeta\n\rgamma\r\r\ndelta\n\n\repsilon';
  const expected = splitAll([text]);
  assert.deepEqual(expected, ['alpha', 'beta', '', 'gamma', '', 'delta', '', '', 'epsilon']);
  for (let size = 1; size <= 4; size++) {
    const chunks = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    assert.deepEqual(splitAll(chunks), expected, `chunk size ${size}`);
  }
});

test('maxLineLength', () => {
  const s = new LineSplitter({ maxLineLength: 3 });
  assert.deepEqual(s.push('abc\nde'), ['abc']);
  assert.throws(() => s.push('fg'), { name: 'RangeError', message: 'line 2 exceeds 3 characters' });
  const t = new LineSplitter({ maxLineLength: 2 });
  assert.throws(() => t.push('ok\ntoo long\n'), { name: 'RangeError', message: 'line 2 exceeds 2 characters' });
});
