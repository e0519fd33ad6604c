import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../src/index.mjs';

test('substitutes variables and dotted paths', () => {
  assert.equal(render('Hello {{ name }}!', { name: 'Ada' }), 'Hello Ada!');
  assert.equal(render('{{user.name}} <{{ user.email }}>', { user: { name: 'Bo', email: 'bo@x.io' } }), 'Bo <bo@x.io>');
});

test('missing values render as empty strings', () => {
  assert.equal(render('[{{ missing }}][{{ a.b.c }}]', { a: {} }), '[][]');
});

test('triple braces insert raw HTML', () => {
  assert.equal(render('<div>{{{ html }}}</div>', { html: '<b>hi</b>' }), '<div><b>hi</b></div>');
});

test('numbers are converted to strings', () => {
  assert.equal(render('{{ n }} items', { n: 3 }), '3 items');
});
