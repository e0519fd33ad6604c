import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery } from '../src/query.mjs';
import { withQuery } from '../src/url.mjs';

test('encodes keys and values', () => {
  assert.equal(buildQuery({ q: 'a b&c', 'sort by': 'name' }), 'q=a%20b%26c&sort%20by=name');
});

test('repeats the key for arrays', () => {
  assert.equal(buildQuery({ tag: ['x', 'y'], page: 2 }), 'tag=x&tag=y&page=2');
});

test('omits undefined and null', () => {
  assert.equal(buildQuery({ a: undefined, b: null, c: 'ok' }), 'c=ok');
});

test('withQuery appends to a URL', () => {
  assert.equal(withQuery('/search', { q: 'x' }), '/search?q=x');
  assert.equal(withQuery('/search?lang=en', { q: 'x' }), '/search?lang=en&q=x');
  assert.equal(withQuery('/search', {}), '/search');
});
