import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandAgentSchema } from '../../../config/config-schema.js';
import { costOfParsed, OUTPUT_PARSER_NAMES, parseAgentOutput, type OutputParserName } from './parse-agent-output.js';
import { emptyParsed } from './parsed-output.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

test('every parser name is accepted by the config, and nothing else', () => {
  const base = { name: 'a', kind: 'command', command: ['x'] };
  for (const parser of OUTPUT_PARSER_NAMES) assert.equal(commandAgentSchema.parse({ ...base, parser }).parser, parser);
  assert.equal(commandAgentSchema.safeParse({ ...base, parser: 'codex' }).success, false);
  const cfg = commandAgentSchema.parse(base);
  assert.equal(cfg.parser, undefined);
  assert.deepEqual(cfg.prices, {});
  assert.deepEqual(commandAgentSchema.parse({ ...base, prices: { m: { input: 1, output: 2 } } }).prices, { m: { input: 1, output: 2 } });
  assert.equal(commandAgentSchema.safeParse({ ...base, prices: { m: { input: -1, output: 2 } } }).success, false);
});

test('the registry routes to each parser; aider reads stderr too', () => {
  assert.equal(parseAgentOutput('codex-json', { stdout: fixture('codex-exec.jsonl'), stderr: 'WARN something' }).usage?.outputTokens, 122);
  assert.equal(parseAgentOutput('gemini-json', { stdout: fixture('gemini-output.json'), stderr: '' }).model, 'gemini-2.5-pro');
  assert.equal(parseAgentOutput('aider', { stdout: '', stderr: fixture('aider-output.txt') }).turns, 2);
  assert.deepEqual(parseAgentOutput('claude-stream-json', { stdout: '', stderr: '' }).notes, ['claude-stream-json: the output is empty']);
});

test('garbage never throws: binary noise, huge lines, an unknown parser name', () => {
  const noise = '\u0000\u0001{{{[[[' + 'x'.repeat(100_000) + '\n}}}\n{"type":';
  for (const name of OUTPUT_PARSER_NAMES) {
    const p = parseAgentOutput(name, { stdout: noise, stderr: noise });
    assert.equal(p.usage, null, name);
    assert.ok(p.notes.length > 0, name);
  }
  assert.deepEqual(parseAgentOutput('nope' as OutputParserName, { stdout: '', stderr: '' }).notes, ['unknown output parser "nope"']);
});

test('cost: the CLI figure first; else per model (null if one has no price); else the reported, then the configured model', () => {
  const usage = { inputTokens: 1_000_000, outputTokens: 100_000, cacheReadTokens: 0, cacheWriteTokens: 0 };
  assert.equal(costOfParsed({ ...emptyParsed(), usage, costUsd: 0.42 }, 'gpt-5'), 0.42);
  assert.equal(costOfParsed(emptyParsed(), 'gpt-5'), null, 'no usage, no cost');
  assert.equal(costOfParsed({ ...emptyParsed(), usage }, 'gpt-5'), 1.25 + 1, 'configured model, built-in table');
  assert.equal(costOfParsed({ ...emptyParsed(), usage, model: 'gpt-5-mini' }, 'gpt-5'), 0.25 + 0.2, 'the reported model first');
  assert.equal(costOfParsed({ ...emptyParsed(), usage, model: 'unknown-x' }, 'gpt-5'), 2.25, 'then the configured one');
  assert.equal(costOfParsed({ ...emptyParsed(), usage }, 'unknown-x'), null);
  const gemini = parseAgentOutput('gemini-json', { stdout: fixture('gemini-output.json'), stderr: '' });
  const prices = { 'gemini-2.5-pro': { input: 1.25, output: 10, cacheRead: 0.31 }, 'gemini-2.5-flash-lite': { input: 0.1, output: 0.4 } };
  const expected = (3100 * 1.25 + 1850 * 10 + 18000 * 0.31 + 1500 * 0.1 + 24 * 0.4) / 1e6;
  assert.ok(Math.abs((costOfParsed(gemini, 'gemini-2.5-pro', prices) ?? NaN) - expected) < 1e-9);
  assert.equal(costOfParsed(gemini, 'gemini-2.5-pro', { 'gemini-2.5-pro': prices['gemini-2.5-pro'] }), null, 'one model without a price: unknown, never a guess');
});
