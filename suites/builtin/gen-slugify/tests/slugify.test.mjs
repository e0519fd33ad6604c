import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../slugify.mjs';

test('basic punctuation and spaces', () => {
  assert.equal(slugify('Hello, World!'), 'hello-world');
  assert.equal(slugify('a  b\tc\nd'), 'a-b-c-d');
});

test('accents are removed, not turned into separators', () => {
  assert.equal(slugify('  Crème Brûlée -- 2024 '), 'creme-brulee-2024');
  assert.equal(slugify('Ångström Çédille'), 'angstrom-cedille');
  assert.equal(slugify('Cre\u0300me'), 'creme');
});

test('apostrophes are deleted', () => {
  assert.equal(slugify("Don't Stop Believin’"), 'dont-stop-believin');
  assert.equal(slugify("rock 'n' roll"), 'rock-n-roll');
});

test('leading and trailing separators are trimmed and runs collapsed', () => {
  assert.equal(slugify('---Already--Slugged---'), 'already-slugged');
  assert.equal(slugify('!!!'), '');
});

test('empty and non-latin input', () => {
  assert.equal(slugify(''), '');
  assert.equal(slugify('日本語'), '');
  assert.equal(slugify('Version 2 日本'), 'version-2');
});

test('compatibility characters are decomposed', () => {
  assert.equal(slugify('ﬁle №5'), 'file-no5');
});

test('non-strings throw TypeError', () => {
  assert.throws(() => slugify(42), TypeError);
  assert.throws(() => slugify(null), TypeError);
});
