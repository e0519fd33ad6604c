import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../src/parse-args.mjs';
import { SPEC } from '../src/spec.mjs';

test('boolean flags, long and short', () => {
  assert.deepEqual(parseArgs(['--verbose', '-f'], SPEC).options, { verbose: true, force: true, header: [] });
});

test('string and number options with a separate value', () => {
  const { options } = parseArgs(['--output', 'out.json', '--offset', '20'], SPEC);
  assert.equal(options.output, 'out.json');
  assert.equal(options.offset, 20);
});

test('--name=value form', () => {
  assert.equal(parseArgs(['--output=report.csv'], SPEC).options.output, 'report.csv');
});

test('positionals and the -- terminator', () => {
  const { positionals } = parseArgs(['a.txt', '--verbose', '--', '--not-a-flag', 'b.txt'], SPEC);
  assert.deepEqual(positionals, ['a.txt', '--not-a-flag', 'b.txt']);
});

test('unknown options are rejected', () => {
  assert.throws(() => parseArgs(['--nope'], SPEC), /unknown option --nope/);
});
