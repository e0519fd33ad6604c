import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGeminiJson } from './gemini-json-parser.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const doc = fixture('gemini-output.json');
const stream = fixture('gemini-stream.jsonl');

test('--output-format json: usage per model and summed, thoughts as output, main-role requests as turns, tools by name', () => {
  const p = parseGeminiJson(doc);
  assert.deepEqual(p.usageByModel, {
    'gemini-2.5-pro': { inputTokens: 3100, outputTokens: 410 + 1440, cacheReadTokens: 18000, cacheWriteTokens: 0 },
    'gemini-2.5-flash-lite': { inputTokens: 1500, outputTokens: 24, cacheReadTokens: 0, cacheWriteTokens: 0 },
  });
  assert.deepEqual(p.usage, { inputTokens: 4600, outputTokens: 1874, cacheReadTokens: 18000, cacheWriteTokens: 0 });
  assert.equal(p.model, 'gemini-2.5-pro');
  assert.equal(p.turns, 3, 'main-role requests minus failed ones; router calls are not turns');
  assert.deepEqual(p.toolCalls, { write_file: 1, run_shell_command: 2 });
  assert.equal(p.costUsd, null);
  assert.deepEqual(p.notes, []);
});

test('older stats (no `input`, no `roles`): input = prompt − cached (+ tool), turns = all successful requests, model = most tokens', () => {
  const old = {
    response: 'ok',
    stats: {
      models: {
        'gemini-2.5-flash': { api: { totalRequests: 1, totalErrors: 0 }, tokens: { prompt: 800, candidates: 20, total: 830, cached: 0, thoughts: 10, tool: 0 } },
        'gemini-2.5-pro': { api: { totalRequests: 3, totalErrors: 0 }, tokens: { prompt: 9000, candidates: 300, total: 9900, cached: 4000, thoughts: 500, tool: 100 } },
      },
      tools: { totalCalls: 0, byName: {} },
    },
  };
  const p = parseGeminiJson(JSON.stringify(old, null, 2));
  assert.deepEqual(p.usage, { inputTokens: 800 + 5000 + 100, outputTokens: 30 + 800, cacheReadTokens: 4000, cacheWriteTokens: 0 });
  assert.equal(p.turns, 4);
  assert.equal(p.model, 'gemini-2.5-pro');
  assert.deepEqual(p.toolCalls, {});
});

test('the document is found after a notice printed before it; missing token fields count as zero', () => {
  const p = parseGeminiJson(`Loaded cached credentials.\n{"x":1} is not it\n${doc}\n`);
  assert.equal(p.model, 'gemini-2.5-pro');
  assert.equal(p.usage?.cacheReadTokens, 18000);
  const sparse = parseGeminiJson(JSON.stringify({ stats: { models: { m: { tokens: { prompt: 50 } } } } }));
  assert.deepEqual(sparse.usage, { inputTokens: 50, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.equal(sparse.turns, 0);
});

test('an error document without stats, or stats without models: fields empty, a note', () => {
  const e = parseGeminiJson(JSON.stringify({ session_id: 's', error: { type: 'FatalAuthenticationError', message: 'no key', code: 41 } }, null, 2));
  assert.equal(e.usage, null);
  assert.equal(e.turns, null);
  assert.deepEqual(e.notes, ['gemini-json: no stats in the output (error FatalAuthenticationError: no key); usage left empty']);
  const n = parseGeminiJson(JSON.stringify({ response: 'x', stats: { models: {}, tools: { byName: { read_file: { count: 2 } } } } }));
  assert.equal(n.usage, null);
  assert.deepEqual(n.toolCalls, { read_file: 2 });
  assert.deepEqual(n.notes, ['gemini-json: stats name no model; usage left empty']);
});

test('a truncated document, plain text or nothing: fields empty, a note', () => {
  const cut = parseGeminiJson(doc.slice(0, 900));
  assert.equal(cut.usage, null);
  assert.match(cut.notes[0] ?? '', /no Gemini CLI JSON output found/);
  assert.match(parseGeminiJson('Hello, I wrote the file.').notes[0] ?? '', /no Gemini CLI JSON output found/);
  assert.deepEqual(parseGeminiJson('  \n').notes, ['gemini-json: the output is empty']);
});

test('--output-format stream-json: tool_use events by name, per-model stats from result, output = total − input', () => {
  const p = parseGeminiJson(stream);
  assert.deepEqual(p.usageByModel, {
    'gemini-2.5-pro': { inputTokens: 3100, outputTokens: 1850, cacheReadTokens: 18000, cacheWriteTokens: 0 },
    'gemini-2.5-flash-lite': { inputTokens: 1500, outputTokens: 24, cacheReadTokens: 0, cacheWriteTokens: 0 },
  });
  assert.deepEqual(p.usage, { inputTokens: 4600, outputTokens: 1874, cacheReadTokens: 18000, cacheWriteTokens: 0 }, 'the same numbers as the json document of the same run');
  assert.deepEqual(p.toolCalls, { write_file: 1, run_shell_command: 2 });
  assert.equal(p.model, 'gemini-2.5-pro');
  assert.equal(p.turns, null, 'stream-json does not count model requests');
  assert.deepEqual(p.notes, []);
});

test('stream-json of older versions (totals only), an `auto` init model, interleaved lines, and a cut stream', () => {
  const old = [
    '{"type":"init","timestamp":"t","session_id":"s","model":"auto"}',
    'Loaded cached credentials.',
    '{"type":"tool_use","timestamp":"t","tool_name":"read_file","tool_id":"1","parameters":{}}',
    '{"type":"result","timestamp":"t","status":"success","stats":{"total_tokens":1200,"input_tokens":1000,"output_tokens":150,"duration_ms":10,"tool_calls":1}}',
  ].join('\n');
  const p = parseGeminiJson(old);
  assert.deepEqual(p.usage, { inputTokens: 1000, outputTokens: 200, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.equal(p.model, 'auto');
  assert.deepEqual(p.toolCalls, { read_file: 1 });
  assert.deepEqual(p.notes, ['gemini-json: skipped 1 non-JSON line']);
  const cut = parseGeminiJson(stream.split('\n').slice(0, 6).join('\n') + '\n{"type":"tool_u');
  assert.equal(cut.usage, null);
  assert.equal(cut.model, 'gemini-2.5-pro');
  assert.deepEqual(cut.toolCalls, { write_file: 1, run_shell_command: 1 });
  assert.deepEqual(cut.notes, ['gemini-json: no result event with stats in the stream; usage left empty', 'gemini-json: skipped 1 non-JSON line']);
});
