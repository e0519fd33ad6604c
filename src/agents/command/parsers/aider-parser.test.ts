import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aiderCount, parseAiderOutput } from './aider-parser.js';

const sample = readFileSync(join(import.meta.dirname, 'fixtures', 'aider-output.txt'), 'utf8');

test('token counts as Aider prints them: plain, k (one decimal below 10k), thousands separators, M', () => {
  assert.equal(aiderCount('950'), 950);
  assert.equal(aiderCount('2.3k'), 2300);
  assert.equal(aiderCount('12k'), 12000);
  assert.equal(aiderCount('1234k'), 1_234_000);
  assert.equal(aiderCount('12,345'), 12345);
  assert.equal(aiderCount('1.5M'), 1_500_000);
  assert.equal(aiderCount('x'), 0);
});

test('an aider run: Tokens lines summed (input = sent − cache write), cost = last session figure, one turn per line, model announced', () => {
  const p = parseAiderOutput(sample);
  assert.deepEqual(p.usage, { inputTokens: 2300 - 1100 + 12000 - 2500, outputTokens: 150 + 1200, cacheReadTokens: 9800, cacheWriteTokens: 1100 + 2500 });
  assert.equal(p.costUsd, 0.05);
  assert.equal(p.turns, 2);
  assert.equal(p.model, 'anthropic/claude-sonnet-4-20250514');
  assert.deepEqual(p.toolCalls, {});
  assert.deepEqual(p.notes, []);
});

test('older formats: thousands separators and "request" (before 0.50); no Cost part when the price is unknown', () => {
  const old = 'Model: gpt-4o with diff edit format\nTokens: 12,345 sent, 1,020 received. Cost: $0.04 request, $0.04 session.\nTokens: 3,000 sent, 80 received. Cost: $0.0082 request, $0.05 session.\n';
  const p = parseAiderOutput(old);
  assert.deepEqual(p.usage, { inputTokens: 15345, outputTokens: 1100, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.equal(p.costUsd, 0.05);
  assert.equal(p.model, 'gpt-4o');
  const local = parseAiderOutput('Model: ollama_chat/qwen2.5-coder with whole edit format\nTokens: 950 sent, 1.2M received.\n');
  assert.deepEqual(local.usage, { inputTokens: 950, outputTokens: 1_200_000, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.equal(local.costUsd, null);
  assert.equal(local.turns, 1);
});

test('lines wrapped by the console width, colours, CRs and a cache-hit-only line', () => {
  const wrapped = '\x1b[38;2;0;136;255mTokens: 15k sent, 3.2k cache write, 11k cache\nhit, 1.4k received.\x1b[0m\r\nCost: $0.07 message, $0.07\nsession.\r\nTokens: 4.1k sent, 8.8k cache hit, 96 received. Cost: $0.0031 message, $0.07 session.';
  const p = parseAiderOutput(wrapped);
  assert.deepEqual(p.usage, { inputTokens: 15000 - 3200 + 4100, outputTokens: 1496, cacheReadTokens: 19800, cacheWriteTokens: 3200 });
  assert.equal(p.costUsd, 0.07);
  assert.equal(p.turns, 2);
  assert.equal(p.model, null);
});

test('output without a Tokens line (API error, cut output, nothing): fields empty, a note', () => {
  const err = parseAiderOutput('Aider v0.86.2\nMain model: gpt-5 with diff edit format\nlitellm.AuthenticationError: Incorrect API key provided\n');
  assert.equal(err.usage, null);
  assert.equal(err.costUsd, null);
  assert.equal(err.turns, null);
  assert.equal(err.model, 'gpt-5');
  assert.deepEqual(err.notes, ['aider: no `Tokens: … sent, … received.` line in the output; usage left empty']);
  assert.equal(parseAiderOutput('Tokens: 2.3k sent, 1.1k cache wr').usage, null, 'a line cut before `received.` is not counted');
  assert.deepEqual(parseAiderOutput('').notes, ['aider: the output is empty']);
});
