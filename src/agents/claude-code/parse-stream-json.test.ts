import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStreamJson, usageOf } from './parse-stream-json.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname ?? '.', '../../../test/fixtures/claude-code', name), 'utf8');

test('a successful run: init, tool calls by name, and totals from the result event', () => {
  const s = parseStreamJson(fixture('write-success.jsonl'));
  assert.equal(s.initModel, 'claude-opus-4-8[1m]');
  assert.equal(s.version, '2.1.197');
  assert.deepEqual(s.toolCalls, { Write: 1 });
  assert.deepEqual(s.responseModels, ['claude-opus-4-8']);
  assert.deepEqual(usageOf(s), { inputTokens: 2200, outputTokens: 120, cacheReadTokens: 3000, cacheWriteTokens: 2000 });
  assert.equal(s.result?.numTurns, 2);
  assert.equal(s.result?.isError, false);
  assert.equal(s.result?.totalCostUsd, 0.027999999999999997);
  assert.deepEqual(s.result?.models, ['claude-opus-4-8[1m]']);
});

test('an API failure: subtype success but is_error with api_error_status; retries counted; synthetic model ignored', () => {
  const s = parseStreamJson(fixture('overloaded-529.jsonl'));
  assert.equal(s.result?.subtype, 'success');
  assert.equal(s.result?.isError, true);
  assert.equal(s.result?.apiErrorStatus, 529);
  assert.equal(s.apiRetries, 1);
  assert.deepEqual(s.responseModels, []);
  assert.deepEqual(s.toolCalls, {});
});

test('no result line (killed), cut lines, and the error_max_turns shape', () => {
  const s = parseStreamJson('{"type":"system","subtype":"init","model":"m"}\n{"type":"assis');
  assert.equal(s.result, null);
  assert.equal(s.badLines, 1);
  const m = parseStreamJson('{"type":"result","subtype":"error_max_turns","is_error":true,"num_turns":2,"errors":["Reached maximum number of turns (1)"],"terminal_reason":"max_turns"}');
  assert.equal(m.result?.subtype, 'error_max_turns');
  assert.equal(m.result?.apiErrorStatus, null);
  assert.deepEqual(m.result?.errors, ['Reached maximum number of turns (1)']);
});
