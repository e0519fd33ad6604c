import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTable, pad, cellText } from '../table.mjs';

test('doc comment example', () => {
  assert.equal(renderTable(['name', 'qty'], [['apple', 3]], { align: ['left', 'right'] }),
    'name   qty\n-----  ---\napple    3');
});

test('column widths come from the widest cell', () => {
  const out = renderTable(['id', 'description'], [[1, 'short'], [1234, 'x']]);
  assert.equal(out, 'id    description\n----  -----------\n1     short\n1234  x');
});

test('trailing spaces are trimmed on every line', () => {
  const out = renderTable(['a', 'b'], [['long value', ''], ['', '']]);
  for (const line of out.split('\n')) assert.equal(line, line.replace(/ +$/, ''));
  assert.equal(out, 'a           b\n----------  -\nlong value\n');
});

test('short rows are padded, long rows rejected', () => {
  assert.equal(renderTable(['x', 'y', 'z'], [[1]]), 'x  y  z\n-  -  -\n1');
  assert.throws(() => renderTable(['x'], [[1, 2]]), RangeError);
});

test('cell conversion and center alignment', () => {
  const out = renderTable(['v', 'mid'], [[null, true], [{ a: 1 }, 'x']], { align: ['left', 'center'] });
  assert.equal(out, 'v        mid\n-------  ----\n         true\n{"a":1}   x');
});

test('no rows', () => {
  assert.equal(renderTable(['only'], []), 'only\n----');
});

test('helpers unchanged', () => {
  assert.equal(pad('ab', 5, 'center'), ' ab  ');
  assert.equal(cellText(undefined), '');
});
