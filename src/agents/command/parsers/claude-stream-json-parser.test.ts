import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStreamJson, usageOf } from '../../claude-code/parse-stream-json.js';
import { parseClaudeStreamJsonOutput } from './claude-stream-json-parser.js';

const fixture = readFileSync(join(import.meta.dirname, '../../../../test/fixtures/claude-code/write-success.jsonl'), 'utf8');

test('claude-stream-json gives the numbers the claude-code adapter reads from the same stream', () => {
  const p = parseClaudeStreamJsonOutput(fixture);
  const s = parseStreamJson(fixture);
  assert.deepEqual(p.usage, usageOf(s));
  assert.deepEqual(p.usage, { inputTokens: 2200, outputTokens: 120, cacheReadTokens: 3000, cacheWriteTokens: 2000 });
  assert.equal(p.costUsd, s.result?.totalCostUsd);
  assert.equal(p.turns, 2);
  assert.deepEqual(p.toolCalls, { Write: 1 });
  assert.equal(p.model, 'claude-opus-4-8[1m]');
  assert.deepEqual(p.notes, []);
});

test('a stream cut before its result event: tool calls and model, usage empty, a note', () => {
  const cut = fixture.split('\n').filter((l) => !l.includes('"type":"result"')).join('\n') + '\n{"type":"resu';
  const p = parseClaudeStreamJsonOutput(cut);
  assert.equal(p.usage, null);
  assert.equal(p.costUsd, null);
  assert.equal(p.turns, null);
  assert.deepEqual(p.toolCalls, { Write: 1 });
  assert.deepEqual(p.notes, ['claude-stream-json: no result event (the run was cut short); usage left empty', 'claude-stream-json: skipped 1 non-JSON line']);
});

test('text output (no --output-format stream-json) or nothing: fields empty, a note', () => {
  assert.deepEqual(parseClaudeStreamJsonOutput('Created add.mjs.\n').notes, ['claude-stream-json: no Claude Code stream-json events in the output (was --output-format stream-json --verbose given?)']);
  assert.deepEqual(parseClaudeStreamJsonOutput('').notes, ['claude-stream-json: the output is empty']);
  assert.equal(parseClaudeStreamJsonOutput('').usage, null);
});
