import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery, parseQuery, withQuery } from '../url-utils.mjs';

test('simple params in key order', () => {
  assert.equal(buildQuery({ b: 2, a: 'x' }), 'b=2&a=x');
});

test('encoding', () => {
  assert.equal(buildQuery({ 'full name': 'Ada Lovelace', q: 'a&b=c/é?' }), 'full%20name=Ada%20Lovelace&q=a%26b%3Dc%2F%C3%A9%3F');
});

test('null and undefined are skipped, falsy values kept', () => {
  assert.equal(buildQuery({ a: undefined, b: null, page: 0, q: '', flag: false }), 'page=0&q=&flag=false');
});

test('arrays repeat the key', () => {
  assert.equal(buildQuery({ tag: ['a', 'b c', 0], empty: [], mixed: [null, 'x', undefined] }), 'tag=a&tag=b%20c&tag=0&mixed=x');
});

test('nothing to encode', () => {
  assert.equal(buildQuery({}), '');
  assert.equal(buildQuery({ a: undefined, b: [] }), '');
});

test('round trip with parseQuery', () => {
  const params = { tag: ['x y', 'z'], n: '5', empty: '' };
  assert.deepEqual(parseQuery(buildQuery(params)), params);
});

test('withQuery uses buildQuery', () => {
  assert.equal(withQuery('/items?x=1#top', { page: 2 }), '/items?x=1&page=2#top');
  assert.equal(withQuery('/items', { page: 0 }), '/items?page=0');
  assert.equal(withQuery('/items', { page: null }), '/items');
});
