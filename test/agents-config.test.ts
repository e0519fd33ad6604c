import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAgent } from '../src/cli/create-agent.js';
import { configSchema } from '../src/config/config-schema.js';
import { ProcessSandbox } from '../src/sandbox/process/process-sandbox.js';
import { BarometerError } from '../src/core/errors.js';

const sandbox = new ProcessSandbox();
const parse = (agents: unknown[]) => configSchema.parse({ agents }).agents;

test('claude-code, anthropic and openai configs: defaults', () => {
  const [cc, an, oa] = parse([
    { name: 'cc', kind: 'claude-code' },
    { name: 'an', kind: 'anthropic', model: 'claude-sonnet-4-5', env: { ANTHROPIC_API_KEY: 'k-123456' } },
    { name: 'oa', kind: 'openai', model: 'gpt-4.1', maxConcurrency: 2 },
  ]);
  assert.deepEqual(cc, {
    name: 'cc', kind: 'claude-code', timeoutSec: 900, env: {}, prices: {}, bin: 'claude', permissionMode: 'bypassPermissions',
    allowedTools: [], disallowedTools: [], extraArgs: [], maxRetries: 10, apiTimeoutMs: 600_000,
  });
  assert.equal(an!.kind === 'anthropic' && an!.baseUrl, 'https://api.anthropic.com');
  if (oa?.kind !== 'openai') return assert.fail('expected an openai config');
  assert.equal(oa.baseUrl, 'https://api.openai.com/v1');
  assert.equal(oa.mode, 'agent');
  assert.equal(oa.maxTurns, 30);
  assert.equal(oa.maxTokens, 8192);
  assert.equal(oa.maxRetries, 4);
  assert.equal(oa.retryBaseDelayMs, 1000);
  assert.equal(oa.retryMaxDelayMs, 60_000);
  assert.equal(oa.requestTimeoutMs, 600_000);
  assert.equal(oa.commandTimeoutSec, 60);
  assert.equal(oa.stream, false);
  assert.equal(oa.maxTokensField, 'max_completion_tokens');
  assert.equal(oa.maxConcurrency, 2);
  assert.throws(() => parse([{ name: 'x', kind: 'openai' }]));
  assert.throws(() => parse([{ name: 'x', kind: 'claude-code', permissionMode: 'yolo' }]));
  assert.throws(() => parse([{ name: 'x', kind: 'anthropic', model: 'm', apiKey: 'inline keys are not accepted' }]));
});

test('createAgent builds each adapter; API keys come only from env; maxConcurrency reaches the adapter', async () => {
  const [cc, an, oa, local] = parse([
    { name: 'cc', kind: 'claude-code', model: 'sonnet', maxConcurrency: 3 },
    { name: 'an', kind: 'anthropic', model: 'claude-sonnet-4-5', env: { ANTHROPIC_API_KEY: 'sk-ant-xxxxxxxxxxxx' } },
    { name: 'oa', kind: 'openai', model: 'gpt-4.1', env: { OR_KEY: 'sk-or-xxxxxxxxxxxx' }, apiKeyEnv: 'OR_KEY', baseUrl: 'https://openrouter.ai/api/v1' },
    { name: 'ollama', kind: 'openai', model: 'qwen2.5-coder:7b', baseUrl: 'http://localhost:11434/v1', maxTokensField: 'max_tokens' },
  ]);
  const env = { PATH: process.env.PATH };
  const a = createAgent(cc!, { sandbox, env });
  assert.equal(a.kind, 'claude-code');
  assert.equal(a.maxConcurrency, 3);
  assert.equal(createAgent(an!, { sandbox, env }).kind, 'anthropic');
  const o = createAgent(oa!, { sandbox, env });
  assert.equal(o.kind, 'openai');
  const info = await o.describe('2026-12-04');
  assert.ok(!JSON.stringify(info).includes('sk-or-xxxxxxxxxxxx'));
  assert.equal(createAgent(local!, { sandbox, env }).kind, 'openai'); // a local server needs no key
  const [noKey] = parse([{ name: 'an', kind: 'anthropic', model: 'm' }]);
  assert.throws(() => createAgent(noKey!, { sandbox, env: { ANTHROPIC_API_KEY: 'in barometer env only' } }), (e: unknown) => e instanceof BarometerError && /no API key/.test(e.message));
  const [noKeyOpenAI] = parse([{ name: 'oa', kind: 'openai', model: 'gpt-4.1' }]);
  assert.throws(() => createAgent(noKeyOpenAI!, { sandbox, env }), /no API key/);
});

test('the settings hash changes with behaviour (model, mode, system prompt, max turns), not with the API key', async () => {
  const hash = async (over: Record<string, unknown>) =>
    (await createAgent(parse([{ name: 'an', kind: 'anthropic', model: 'claude-sonnet-4-5', env: { ANTHROPIC_API_KEY: 'sk-ant-aaaaaaaaaaaa' }, ...over }])[0]!, { sandbox, env: {} }).describe('2026-12-04')).settingsHash;
  const base = await hash({});
  assert.equal(await hash({ env: { ANTHROPIC_API_KEY: 'sk-ant-bbbbbbbbbbbb' } }), base);
  for (const over of [{ model: 'claude-opus-4-8' }, { mode: 'single-shot' }, { systemPrompt: 'Be brief.' }, { maxTurns: 5 }]) assert.notEqual(await hash(over), base, JSON.stringify(over));
});
