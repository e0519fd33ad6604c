import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../src/parse-args.mjs';
import { SPEC } from '../src/spec.mjs';

test('issue: inline values keep everything after the first =', () => {
  const { options } = parseArgs(['--header=Authorization=Bearer abc123', '-H', 'X-A=1'], SPEC);
  assert.deepEqual(options.header, ['Authorization=Bearer abc123', 'X-A=1']);
  assert.equal(parseArgs(['--output=a=b=c'], SPEC).options.output, 'a=b=c');
});

test('issue: a separate value may start with a dash', () => {
  assert.equal(parseArgs(['--offset', '-5'], SPEC).options.offset, -5);
  assert.equal(parseArgs(['-o', '-'], SPEC).options.output, '-');
  assert.equal(parseArgs(['--output', '--verbose'], SPEC).options.output, '--verbose');
});

test('a missing value at the end is an error', () => {
  assert.throws(() => parseArgs(['--output'], SPEC), /--output needs a value/);
});

test('boolean options reject inline values', () => {
  assert.throws(() => parseArgs(['--verbose=yes'], SPEC), /does not take a value/);
});

test('number options validate their value', () => {
  assert.throws(() => parseArgs(['--offset=abc'], SPEC), /expects a number/);
  assert.equal(parseArgs(['--offset=-3'], SPEC).options.offset, -3);
});
