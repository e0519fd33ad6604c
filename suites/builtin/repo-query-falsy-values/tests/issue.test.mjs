import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery } from '../src/query.mjs';
import { withQuery } from '../src/url.mjs';

test('issue: 0, false and the empty string are kept', () => {
  assert.equal(withQuery('/api/items', { page: 0, archived: false, q: '' }), '/api/items?page=0&archived=false&q=');
});

test('falsy array elements are kept', () => {
  assert.equal(buildQuery({ level: [0, 1], flag: [false] }), 'level=0&level=1&flag=false');
});

test('null and undefined are still left out', () => {
  assert.equal(buildQuery({ a: null, b: undefined, c: [null, undefined, 'x'] }), 'c=x');
  assert.equal(withQuery('/x', { a: null }), '/x');
});

test('an empty array adds nothing', () => {
  assert.equal(buildQuery({ tag: [], n: 1 }), 'n=1');
});
