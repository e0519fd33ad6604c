import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitWords, toCamelCase, toSnakeCase, toKebabCase } from '../case-convert.mjs';

test('splits on separators', () => {
  assert.deepEqual(splitWords('foo_bar-baz qux'), ['foo', 'bar', 'baz', 'qux']);
  assert.deepEqual(splitWords('__foo--bar__'), ['foo', 'bar']);
  assert.deepEqual(splitWords('a.b/c'), ['a', 'b', 'c']);
});

test('splits on lower-to-upper boundaries and keeps case', () => {
  assert.deepEqual(splitWords('fooBarBaz'), ['foo', 'Bar', 'Baz']);
  assert.deepEqual(splitWords('FooBar'), ['Foo', 'Bar']);
  assert.deepEqual(splitWords('v2Beta'), ['v2', 'Beta']);
});

test('acronyms', () => {
  assert.deepEqual(splitWords('XMLHttpRequest'), ['XML', 'Http', 'Request']);
  assert.deepEqual(splitWords('parseHTML'), ['parse', 'HTML']);
  assert.deepEqual(splitWords('getHTTPResponseCode'), ['get', 'HTTP', 'Response', 'Code']);
  assert.deepEqual(splitWords('ID'), ['ID']);
});

test('digits stay with the previous word', () => {
  assert.deepEqual(splitWords('utf8Decode'), ['utf8', 'Decode']);
  assert.deepEqual(splitWords('base64'), ['base64']);
  assert.deepEqual(splitWords('sha256_sum'), ['sha256', 'sum']);
});

test('empty and separator-only input', () => {
  assert.deepEqual(splitWords(''), []);
  assert.deepEqual(splitWords('--__  '), []);
  assert.equal(toCamelCase(''), '');
  assert.equal(toSnakeCase('__'), '');
});

test('toCamelCase', () => {
  assert.equal(toCamelCase('foo_bar_baz'), 'fooBarBaz');
  assert.equal(toCamelCase('XMLHttpRequest'), 'xmlHttpRequest');
  assert.equal(toCamelCase('user-ID'), 'userId');
  assert.equal(toCamelCase('Hello World'), 'helloWorld');
});

test('toSnakeCase and toKebabCase', () => {
  assert.equal(toSnakeCase('XMLHttpRequest'), 'xml_http_request');
  assert.equal(toSnakeCase('parseHTMLString'), 'parse_html_string');
  assert.equal(toKebabCase('fooBarBaz'), 'foo-bar-baz');
  assert.equal(toKebabCase('utf8Decode'), 'utf8-decode');
  assert.equal(toKebabCase(' Already kebab-case '), 'already-kebab-case');
});
