import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Router } from '../src/router.mjs';

test('matches static routes and methods', () => {
  const r = new Router().add('GET', '/health', 'health').add('POST', '/items', 'create');
  assert.equal(r.match('GET', '/health').handler, 'health');
  assert.equal(r.match('POST', '/items').handler, 'create');
  assert.equal(r.match('GET', '/items'), null);
});

test('extracts and decodes params', () => {
  const r = new Router().add('GET', '/users/:id/posts/:postId', 'post');
  assert.deepEqual(r.match('GET', '/users/a%20b/posts/7').params, { id: 'a b', postId: '7' });
});

test('wildcard captures the rest of the path', () => {
  const r = new Router().add('GET', '/files/*', 'files');
  assert.deepEqual(r.match('GET', '/files/a/b.txt').params, { '*': 'a/b.txt' });
  assert.deepEqual(r.match('GET', '/files').params, { '*': '' });
});

test('trailing slashes are ignored', () => {
  const r = new Router().add('GET', '/about/', 'about');
  assert.equal(r.match('GET', '/about').handler, 'about');
  assert.equal(r.match('GET', '/about/').handler, 'about');
});

test('among equally specific routes the first registered wins', () => {
  const r = new Router().add('GET', '/p/:a', 'first').add('GET', '/p/:b', 'second');
  assert.equal(r.match('GET', '/p/1').handler, 'first');
});
