import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBool } from '../parse-bool.mjs';

test('true words', () => {
  for (const v of ['1', 'true', 'yes', 'y', 'on', 'TRUE', ' Yes ', '\tOn\n']) assert.equal(parseBool(v), true, v);
});

test('false words', () => {
  for (const v of ['0', 'false', 'no', 'n', 'off', 'False', ' OFF ']) assert.equal(parseBool(v), false, v);
});

test('booleans and numbers', () => {
  assert.equal(parseBool(true), true);
  assert.equal(parseBool(false), false);
  assert.equal(parseBool(1), true);
  assert.equal(parseBool(0), false);
  assert.throws(() => parseBool(2), TypeError);
});

test('missing values use the default, even a false default', () => {
  assert.equal(parseBool(undefined, { default: true }), true);
  assert.equal(parseBool(undefined, { default: false }), false);
  assert.equal(parseBool(null, { default: false }), false);
  assert.equal(parseBool('   ', { default: false }), false);
  assert.equal(parseBool('', { default: true }), true);
});

test('missing values without a default throw', () => {
  assert.throws(() => parseBool(undefined), { name: 'TypeError', message: 'missing boolean value' });
  assert.throws(() => parseBool(''), { name: 'TypeError', message: 'missing boolean value' });
  assert.throws(() => parseBool(null, {}), { name: 'TypeError', message: 'missing boolean value' });
});

test('default does not hide invalid values', () => {
  assert.throws(() => parseBool('maybe', { default: true }), TypeError);
  assert.equal(parseBool('no', { default: true }), false);
});

test('invalid values report the original text', () => {
  assert.throws(() => parseBool('maybe'), { name: 'TypeError', message: 'invalid boolean: "maybe"' });
  assert.throws(() => parseBool(' yess '), { name: 'TypeError', message: 'invalid boolean: " yess "' });
  assert.throws(() => parseBool('tru'), TypeError);
  assert.throws(() => parseBool({}), TypeError);
});
