import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCSV } from '../csv.mjs';

test('simple records', () => {
  assert.deepEqual(parseCSV('a,b,c\n1,2,3'), [['a', 'b', 'c'], ['1', '2', '3']]);
  assert.deepEqual(parseCSV('a,b\r\nc,d\r\n'), [['a', 'b'], ['c', 'd']]);
});

test('example from the spec', () => {
  assert.deepEqual(
    parseCSV('name,quote\r\n"Doe, Jane","She said ""hi""\nand left"\r\n'),
    [['name', 'quote'], ['Doe, Jane', 'She said "hi"\nand left']],
  );
});

test('quoted content keeps line breaks exactly', () => {
  assert.deepEqual(parseCSV('"x\r\ny",z'), [['x\r\ny', 'z']]);
  assert.deepEqual(parseCSV('"only"'), [['only']]);
});

test('empty input and empty records', () => {
  assert.deepEqual(parseCSV(''), []);
  assert.deepEqual(parseCSV('\n'), [['']]);
  assert.deepEqual(parseCSV('a\n\nb'), [['a'], [''], ['b']]);
  assert.deepEqual(parseCSV('a\n\n'), [['a'], ['']]);
  assert.deepEqual(parseCSV('a\r\n\r\n'), [['a'], ['']]);
});

test('empty fields', () => {
  assert.deepEqual(parseCSV('a,'), [['a', '']]);
  assert.deepEqual(parseCSV(',,'), [['', '', '']]);
  assert.deepEqual(parseCSV('a,\n'), [['a', '']]);
  assert.deepEqual(parseCSV('""'), [['']]);
  assert.deepEqual(parseCSV('""\n'), [['']]);
  assert.deepEqual(parseCSV('"",""'), [['', '']]);
});

test('unquoted fields are literal', () => {
  assert.deepEqual(parseCSV(' a , b '), [[' a ', ' b ']]);
  assert.deepEqual(parseCSV('a"b,c""d'), [['a"b', 'c""d']]);
  assert.deepEqual(parseCSV('x\ry'), [['x\ry']]);
});

test('unicode passes through', () => {
  assert.deepEqual(parseCSV('"😀, ok",é\n'), [['😀, ok', 'é']]);
});

test('malformed input throws SyntaxError', () => {
  assert.throws(() => parseCSV('"abc'), SyntaxError);
  assert.throws(() => parseCSV('"a""'), SyntaxError);
  assert.throws(() => parseCSV('"a"b,c'), SyntaxError);
  assert.throws(() => parseCSV('"a" ,c'), SyntaxError);
});
