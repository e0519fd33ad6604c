import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render, escapeHtml } from '../src/index.mjs';

test('issue: angle brackets are escaped once', () => {
  assert.equal(render('<h1>{{ name }}</h1>', { name: '<script>' }), '<h1>&lt;script&gt;</h1>');
});

test('issue: quotes are escaped once', () => {
  assert.equal(escapeHtml(`"Quotes" & 'apostrophes'`), '&quot;Quotes&quot; &amp; &#39;apostrophes&#39;');
});

test('ampersands are escaped', () => {
  assert.equal(render('{{ company }}', { company: 'Tom & Jerry' }), 'Tom &amp; Jerry');
  assert.equal(escapeHtml('&lt;'), '&amp;lt;');
});

test('raw output is untouched', () => {
  assert.equal(render('{{{ x }}}', { x: '&amp; <i>' }), '&amp; <i>');
});
