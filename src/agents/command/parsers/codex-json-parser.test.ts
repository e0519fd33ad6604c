import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCodexJson } from './codex-json-parser.js';

const sample = readFileSync(join(import.meta.dirname, 'fixtures', 'codex-exec.jsonl'), 'utf8');
const line = (o: unknown): string => JSON.stringify(o);
const usageLine = (input: number, cached: number, output: number): string => line({ type: 'turn.completed', usage: { input_tokens: input, cached_input_tokens: cached, output_tokens: output } });

test('a codex exec --json run: uncached input = input − cached, completed tool items by kind, no model or turns', () => {
  const p = parseCodexJson(sample);
  assert.deepEqual(p.usage, { inputTokens: 315, outputTokens: 122, cacheReadTokens: 24448, cacheWriteTokens: 0 });
  // started/updated events are not counted again; a declined command was still a call; todo lists,
  // reasoning and messages are not tool calls.
  assert.deepEqual(p.toolCalls, { command_execution: 3, file_change: 1, 'mcp:docs/search': 1 });
  assert.equal(p.turns, null);
  assert.equal(p.model, null);
  assert.equal(p.costUsd, null);
  assert.deepEqual(p.notes, []);
});

test('turn.completed carries the thread total: the last one of a thread wins, separate threads are summed', () => {
  const out = [
    line({ type: 'thread.started', thread_id: 't1' }),
    line({ type: 'turn.started' }),
    usageLine(1000, 400, 50),
    line({ type: 'turn.started' }),
    usageLine(3000, 2000, 120), // running total of t1 after its second turn
    line({ type: 'thread.started', thread_id: 't2' }),
    line({ type: 'turn.started' }),
    usageLine(500, 0, 30),
  ].join('\n');
  const p = parseCodexJson(out);
  assert.deepEqual(p.usage, { inputTokens: 1000 + 500, outputTokens: 150, cacheReadTokens: 2000, cacheWriteTokens: 0 });
});

test('non-JSON lines between events are skipped with a note', () => {
  const out = ['Reading prompt from stdin...', sample.trim().split('\n').slice(0, 5).join('\n'), '2026-08-20T10:00:00Z WARN codex_core: stream disconnected, retrying', '{"not":"closed"', usageLine(100, 0, 10)].join('\n');
  const p = parseCodexJson(out);
  assert.deepEqual(p.usage, { inputTokens: 100, outputTokens: 10, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.deepEqual(p.toolCalls, { command_execution: 1 });
  assert.deepEqual(p.notes, ['codex-json: skipped 3 non-JSON lines']);
});

test('output cut before turn.completed: tool calls so far, usage empty, a note', () => {
  const lines = sample.trim().split('\n');
  const cut = lines.slice(0, 10).join('\n') + '\n{"type":"item.completed","item":{"id":"item_5","type":"mcp_to';
  const p = parseCodexJson(cut);
  assert.equal(p.usage, null);
  assert.deepEqual(p.toolCalls, { command_execution: 2, file_change: 1 });
  assert.deepEqual(p.notes, ['codex-json: no turn.completed event with usage (1 turn started, 0 ended); usage left empty', 'codex-json: skipped 1 non-JSON line']);
});

test('missing or malformed usage fields count as zero; a usage that is not an object is ignored', () => {
  const p = parseCodexJson([line({ type: 'thread.started', thread_id: 't' }), line({ type: 'turn.completed', usage: { input_tokens: 900, output_tokens: '7' } })].join('\n'));
  assert.deepEqual(p.usage, { inputTokens: 900, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 });
  const q = parseCodexJson(line({ type: 'turn.completed', usage: 12 }));
  assert.equal(q.usage, null);
  assert.match(q.notes[0] ?? '', /no turn.completed event with usage/);
  // cached larger than input (should not happen) never gives negative input
  assert.equal(parseCodexJson(usageLine(10, 50, 1)).usage?.inputTokens, 0);
});

test('a failed turn: no usage, a note; a model reroute notice names the model used', () => {
  const p = parseCodexJson(
    [
      line({ type: 'thread.started', thread_id: 't' }),
      line({ type: 'turn.started' }),
      line({ type: 'item.completed', item: { id: 'item_0', type: 'error', message: 'model rerouted: gpt-5 -> gpt-5-mini (HighRiskCyberActivity)' } }),
      line({ type: 'error', message: 'stream error: 500' }),
      line({ type: 'turn.failed', error: { message: 'stream error: 500' } }),
    ].join('\n'),
  );
  assert.equal(p.usage, null);
  assert.equal(p.model, 'gpt-5-mini');
  assert.deepEqual(p.toolCalls, {});
  assert.deepEqual(p.notes, ['codex-json: no turn.completed event with usage (1 turn started, 1 ended); usage left empty']);
});

test('output that is not codex JSON (plain text, other JSON, nothing) gives empty fields and a note', () => {
  assert.deepEqual(parseCodexJson('codex 0.50.0\nDone.\n').notes, ['codex-json: no Codex `exec --json` events in the output']);
  assert.deepEqual(parseCodexJson('{"type":"result","usage":{"input_tokens":5}}').notes, ['codex-json: no Codex `exec --json` events in the output']);
  const empty = parseCodexJson('');
  assert.equal(empty.usage, null);
  assert.deepEqual(empty.notes, ['codex-json: the output is empty']);
  assert.deepEqual(parseCodexJson('[1,2]\nnull\n"x"').toolCalls, {});
});
