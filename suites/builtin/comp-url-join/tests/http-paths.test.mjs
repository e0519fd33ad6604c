import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinUrl, withQuery, encodeSegment } from '../http-paths.mjs';

test('examples from the doc comment', () => {
  assert.equal(joinUrl('https://api.test/', '/v1/', 'users', 42), 'https://api.test/v1/users/42');
  assert.equal(joinUrl('https://api.test', 'files/'), 'https://api.test/files/');
});

test('collapses slashes at the joins only', () => {
  assert.equal(joinUrl('https://api.test///', '//a//', 'b'), 'https://api.test/a/b');
  assert.equal(joinUrl('https://api.test', 'v1/users', 'me'), 'https://api.test/v1/users/me');
  assert.equal(joinUrl('https://api.test', 'a//b'), 'https://api.test/a//b');
});

test('skips empty segments', () => {
  assert.equal(joinUrl('https://api.test', '', '/', 'x'), 'https://api.test/x');
  assert.equal(joinUrl('https://api.test'), 'https://api.test');
  assert.equal(joinUrl('https://api.test', 0), 'https://api.test/0');
});

test('trailing slash follows the last argument', () => {
  assert.equal(joinUrl('https://api.test/'), 'https://api.test/');
  assert.equal(joinUrl('https://api.test/', 'a'), 'https://api.test/a');
  assert.equal(joinUrl('https://api.test', 'a', 'b///'), 'https://api.test/a/b/');
  assert.equal(joinUrl('https://api.test', 'a/', 'b'), 'https://api.test/a/b');
  assert.equal(joinUrl('https://api.test', 'a', '/'), 'https://api.test/a/');
});

test('does not encode', () => {
  assert.equal(joinUrl('https://api.test', 'a b', 'ü'), 'https://api.test/a b/ü');
});

test('other helpers still work', () => {
  assert.equal(encodeSegment("it's"), 'it%27s');
  assert.equal(withQuery(joinUrl('https://x.test', 'a'), { q: 'hi there', tag: ['a', 'b'], skip: undefined }),
    'https://x.test/a?q=hi%20there&tag=a&tag=b');
});
