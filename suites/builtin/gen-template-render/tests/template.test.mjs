import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../template.mjs';

test('example from the instruction', () => {
  assert.equal(
    render('Hi {{ user.name | upper }}, you have {{count}} new \\{{messages}}', { user: { name: 'ada' }, count: 3 }),
    'Hi ADA, you have 3 new {{messages}}',
  );
});

test('paths and array indexes', () => {
  const data = { items: [{ title: 'first' }, { title: 'second' }], a: { b: { c: 0 } } };
  assert.equal(render('{{items.1.title}}/{{ a.b.c }}', data), 'second/0');
  assert.equal(render('{{ items.length }}', data), '2');
  assert.equal(render('no placeholders', {}), 'no placeholders');
  assert.equal(render('', {}), '');
});

test('null and undefined values render empty', () => {
  assert.equal(render('[{{x}}][{{y}}]', { x: null, y: undefined }), '[][]');
  assert.equal(render('[{{x|upper}}]', { x: null }), '[]');
});

test('missing values throw ReferenceError with the path', () => {
  assert.throws(() => render('{{ user.email }}', { user: {} }), { name: 'ReferenceError', message: 'missing value: user.email' });
  assert.throws(() => render('{{a.b.c}}', { a: null }), { name: 'ReferenceError', message: 'missing value: a.b.c' });
  assert.throws(() => render('{{ nope }}', {}), ReferenceError);
});

test('filters chain left to right', () => {
  assert.equal(render('{{ s | trim | upper }}!', { s: '  hey ' }), 'HEY!');
  assert.equal(render('{{s|lower}}', { s: 'MiXeD' }), 'mixed');
  assert.equal(render('{{ n | upper }}', { n: 42 }), '42');
  assert.equal(render('{{ v | json }}', { v: { a: [1, 'x'] } }), '{"a":[1,"x"]}');
  assert.equal(render('{{ s | json }}', { s: 'q"' }), '"q\\""');
});

test('unknown filters throw', () => {
  assert.throws(() => render('{{ s | shout }}', { s: 'x' }), { message: 'unknown filter: shout' });
  assert.throws(() => render('{{ s | toString }}', { s: 'x' }), { message: 'unknown filter: toString' });
});

test('escapes and unclosed placeholders', () => {
  assert.equal(render('\\{{x}} {{x}}', { x: 1 }), '{{x}} 1');
  assert.equal(render('a\\b {{x}}', { x: 2 }), 'a\\b 2');
  assert.throws(() => render('Hello {{ name', { name: 'x' }), SyntaxError);
  assert.equal(render('a }} b', {}), 'a }} b');
});

test('substituted text is not re-scanned', () => {
  assert.equal(render('{{ a }}', { a: '{{ b }}', b: 'nope' }), '{{ b }}');
});
