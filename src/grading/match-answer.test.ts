import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAnswer, normalizeAnswer } from './match-answer.js';

type Key = Parameters<typeof matchAnswer>[1];
const key = (match: Key['match'], ...expected: string[]): Key => ({ kind: 'answer', file: 'answer.txt', expected, match });

test('exact: equal after trimming, case and inner spaces matter', () => {
  const k = key('exact', 'Buggy');
  assert.equal(matchAnswer('Buggy', k), true);
  assert.equal(matchAnswer('  Buggy \n\n', k), true);
  assert.equal(matchAnswer('buggy', k), false);
  assert.equal(matchAnswer('Bug gy', k), false);
  assert.equal(matchAnswer('', k), false);
});

test('exact: CRLF and CR line endings equal LF, in the answer and in the key', () => {
  assert.equal(matchAnswer('line 1\r\nline 2\r\n', key('exact', 'line 1\nline 2')), true);
  assert.equal(matchAnswer('line 1\rline 2', key('exact', 'line 1\nline 2')), true);
  assert.equal(matchAnswer('line 1\nline 2', key('exact', 'line 1\r\nline 2')), true);
  assert.equal(matchAnswer('line 1\n\nline 2', key('exact', 'line 1\nline 2')), false);
});

test('any accepted answer matches', () => {
  const k = key('exact', '42', 'forty-two');
  assert.equal(matchAnswer('forty-two', k), true);
  assert.equal(matchAnswer('42', k), true);
  assert.equal(matchAnswer('43', k), false);
});

test('normalized: folds case and runs of whitespace', () => {
  const k = key('normalized', 'Not   Buggy');
  assert.equal(matchAnswer('not buggy', k), true);
  assert.equal(matchAnswer('  NOT\r\n\tBUGGY  \r\n', k), true);
  assert.equal(matchAnswer('notbuggy', k), false);
  assert.equal(matchAnswer('not buggy!', k), false);
  assert.equal(normalizeAnswer('  A\r\nB\t\tc  '), 'a b c');
});

test('regex: each pattern is tested against the trimmed answer', () => {
  const k = key('regex', '^\\d+ ms$', '^never$');
  assert.equal(matchAnswer('  120 ms\n', k), true);
  assert.equal(matchAnswer('never', k), true);
  assert.equal(matchAnswer('about 120 ms', k), false);
  assert.equal(matchAnswer('120 ms\r\n', k), true);
  const unanchored = key('regex', 'buggy');
  assert.equal(matchAnswer('it is not buggy', unanchored), true, 'unanchored patterns match anywhere');
  assert.equal(matchAnswer('BUGGY', unanchored), false, 'regex is case-sensitive unless the pattern says otherwise');
});
