import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPath } from './format-path.js';

test('formatPath writes keys with dots and indices in brackets', () => {
  assert.equal(formatPath(['agents', 1, 'timeoutSec']), 'agents[1].timeoutSec');
  assert.equal(formatPath(['agents', 0, 'env', 'API_KEY']), 'agents[0].env.API_KEY');
  assert.equal(formatPath(['baseline', 'from']), 'baseline.from');
  assert.equal(formatPath(['trials']), 'trials');
});

test('formatPath of the root is <root>', () => {
  assert.equal(formatPath([]), '<root>');
});

test('formatPath with a leading index and nested indices', () => {
  assert.equal(formatPath([0, 'name']), '[0].name');
  assert.equal(formatPath(['a', 2, 3, 'b']), 'a[2][3].b');
});

test('formatPath accepts symbols as keys', () => {
  assert.equal(formatPath(['x', Symbol('s')]), 'x.Symbol(s)');
});
