import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Router } from '../src/router.mjs';

test('issue: a static segment beats a parameter registered earlier', () => {
  const r = new Router().add('GET', '/users/:id', 'showUser').add('GET', '/users/me', 'showMe');
  assert.equal(r.match('GET', '/users/me').handler, 'showMe');
  assert.deepEqual(r.match('GET', '/users/42').params, { id: '42' });
});

test('issue: a parameter beats a wildcard registered earlier', () => {
  const r = new Router().add('GET', '/files/*', 'any').add('GET', '/files/:name', 'one');
  assert.equal(r.match('GET', '/files/a.txt').handler, 'one');
  assert.equal(r.match('GET', '/files/a/b.txt').handler, 'any');
});

test('issue: specificity is decided at the first differing segment', () => {
  const r = new Router().add('GET', '/a/:x/c', 'param-first').add('GET', '/a/b/:y', 'static-first');
  assert.equal(r.match('GET', '/a/b/c').handler, 'static-first');
  const r2 = new Router().add('GET', '/v/:x/y/z', 'late-statics').add('GET', '/v/w/:a/:b', 'early-static');
  assert.equal(r2.match('GET', '/v/w/y/z').handler, 'early-static');
});

test('method mismatch still returns null', () => {
  const r = new Router().add('POST', '/users/me', 'x').add('GET', '/users/:id', 'y');
  assert.equal(r.match('GET', '/users/me').handler, 'y');
  assert.equal(r.match('DELETE', '/users/me'), null);
});
