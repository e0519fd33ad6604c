import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePointer, formatPointer, getPointer, setPointer } from '../json-pointer.mjs';

test('parsePointer basics', () => {
  assert.deepEqual(parsePointer(''), []);
  assert.deepEqual(parsePointer('/a/b'), ['a', 'b']);
  assert.deepEqual(parsePointer('/'), ['']);
  assert.deepEqual(parsePointer('/a/'), ['a', '']);
  assert.deepEqual(parsePointer('//'), ['', '']);
});

test('escapes are decoded once', () => {
  assert.deepEqual(parsePointer('/a~1b/m~0n'), ['a/b', 'm~n']);
  assert.deepEqual(parsePointer('/~01'), ['~1']);
  assert.deepEqual(parsePointer('/~10'), ['/0']);
  assert.deepEqual(parsePointer('/~0~1'), ['~/']);
});

test('invalid pointers throw SyntaxError', () => {
  assert.throws(() => parsePointer('a/b'), SyntaxError);
  assert.throws(() => parsePointer('/a~2'), SyntaxError);
  assert.throws(() => parsePointer('/a~'), SyntaxError);
  assert.throws(() => getPointer({}, 'x'), SyntaxError);
});

test('formatPointer round-trips', () => {
  assert.equal(formatPointer([]), '');
  assert.equal(formatPointer(['a/b', 'm~n', '']), '/a~1b/m~0n/');
  assert.equal(formatPointer(['~1']), '/~01');
  for (const tokens of [['~1'], ['/', '~'], ['', 'x'], ['0', '-']]) {
    assert.deepEqual(parsePointer(formatPointer(tokens)), tokens);
  }
});

test('getPointer on objects and arrays', () => {
  const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'm~n': 8, ' ': 7, k: { 'x': null } };
  assert.equal(getPointer(doc, ''), doc);
  assert.deepEqual(getPointer(doc, '/foo'), ['bar', 'baz']);
  assert.equal(getPointer(doc, '/foo/0'), 'bar');
  assert.equal(getPointer(doc, '/'), 0);
  assert.equal(getPointer(doc, '/a~1b'), 1);
  assert.equal(getPointer(doc, '/m~0n'), 8);
  assert.equal(getPointer(doc, '/ '), 7);
  assert.equal(getPointer(doc, '/k/x'), null);
});

test('getPointer returns undefined for missing paths', () => {
  const doc = { foo: ['bar', 'baz'], n: null, s: 'str' };
  assert.equal(getPointer(doc, '/foo/2'), undefined);
  assert.equal(getPointer(doc, '/foo/01'), undefined);
  assert.equal(getPointer(doc, '/foo/-'), undefined);
  assert.equal(getPointer(doc, '/foo/length'), undefined);
  assert.equal(getPointer(doc, '/n/x'), undefined);
  assert.equal(getPointer(doc, '/s/0'), undefined);
  assert.equal(getPointer(doc, '/toString'), undefined);
  assert.equal(getPointer(doc, '/nope/deeper'), undefined);
});

test('setPointer on objects and the root', () => {
  const doc = { a: { b: 1 } };
  assert.equal(setPointer(doc, '/a/b', 2), doc);
  setPointer(doc, '/a/c~1d', 3);
  setPointer(doc, '/e', []);
  assert.deepEqual(doc, { a: { b: 2, 'c/d': 3 }, e: [] });
  assert.equal(setPointer(doc, '', 'root'), 'root');
  assert.deepEqual(doc.a, { b: 2, 'c/d': 3 });
});

test('setPointer on arrays', () => {
  const doc = { list: [1, 2] };
  setPointer(doc, '/list/-', 3);
  setPointer(doc, '/list/3', 4);
  setPointer(doc, '/list/0', 0);
  assert.deepEqual(doc.list, [0, 2, 3, 4]);
  assert.throws(() => setPointer(doc, '/list/9', 1), RangeError);
  assert.throws(() => setPointer(doc, '/list/01', 1), RangeError);
  assert.throws(() => setPointer(doc, '/list/x', 1), RangeError);
});

test('setPointer requires existing parents', () => {
  const doc = { a: {}, s: 'text' };
  assert.throws(() => setPointer(doc, '/missing/x', 1), { message: 'path not found: /missing/x' });
  assert.throws(() => setPointer(doc, '/s/x', 1), { message: 'path not found: /s/x' });
  assert.deepEqual(doc, { a: {}, s: 'text' });
});
