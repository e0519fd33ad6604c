import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnthropicAgent, type AnthropicAgentOptions } from '../src/agents/anthropic/anthropic-agent.js';
import { AGENT_SYSTEM_PROMPT } from '../src/agents/model-loop/system-prompts.js';
import type { ModelAgentInfo } from '../src/agents/model-loop/model-agent.js';
import { systemClock } from '../src/core/clock.js';
import { shortHash } from '../src/core/ids.js';
import { executeAttempt } from '../src/runner/execute-attempt.js';
import { ProcessSandbox } from '../src/sandbox/process/process-sandbox.js';
import { loadTask } from '../src/suites/load-task.js';
import { ROOT } from './support/cli.js';
import { startFakeAnthropicServer, type FakeResponse } from './support/fake-anthropic-server.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-anthropic-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox(root);
const task = loadTask(join(ROOT, 'suites', 'builtin', 'gen-slugify'));
const answerTask = loadTask(join(ROOT, 'suites', 'builtin', 'und-bug-average-valid'));
const SOLUTION = readFileSync(join(task.dir, 'solution', 'slugify.mjs'), 'utf8');
const WRONG = readFileSync(join(task.dir, 'wrong', 'slugify.mjs'), 'utf8');
const KEY = 'sk-ant-api03-test-secret-0123456789abcdef';
const REPORTED = 'claude-sonnet-4-5-20250929';

function agent(url: string, over: Partial<AnthropicAgentOptions> = {}) {
  return createAnthropicAgent({
    name: 'anthropic-test',
    model: 'claude-sonnet-4-5',
    mode: 'agent',
    apiKey: KEY,
    baseUrl: url,
    stream: false,
    maxTurns: 10,
    maxTokens: 4096,
    timeoutSec: 20,
    requestTimeoutMs: 10_000,
    commandTimeoutSec: 10,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5000 },
    secrets: [],
    ...over,
  });
}

const run = (a: ReturnType<typeof agent>, t = task) =>
  executeAttempt({ runId: 'run_test', task: t, trial: 1, date: '2026-12-04', agent: a, sandbox, clock: systemClock, signal: new AbortController().signal });

/** The fixed loop, scripted: read the stub, write `content`, finish. */
function loopScript(content: string): FakeResponse[] {
  return [
    { kind: 'message', model: REPORTED, content: [{ type: 'text', text: 'Reading.' }, { type: 'tool_use', name: 'read_file', input: { path: 'slugify.mjs' } }], usage: { input_tokens: 500, output_tokens: 50 } },
    { kind: 'message', model: REPORTED, content: [{ type: 'tool_use', name: 'write_file', input: { path: 'slugify.mjs', content } }], usage: { input_tokens: 800, output_tokens: 400, cache_read_input_tokens: 100 } },
    { kind: 'message', model: REPORTED, content: [{ type: 'tool_use', name: 'finish', input: { summary: 'done' } }], usage: { input_tokens: 1000, output_tokens: 30 } },
  ];
}

test('agent mode (streaming): the fixed loop writes a correct solution → pass, with usage, cost, turns, tools, model and version', async () => {
  const server = await startFakeAnthropicServer({ responses: loopScript(SOLUTION) });
  try {
    const a = agent(server.url, { stream: true });
    const info = (await a.describe()) as ModelAgentInfo;
    assert.match(info.version!, /^@anthropic-ai\/sdk@\d+\.\d+\.\d+$/);
    assert.equal(info.model, 'claude-sonnet-4-5');
    assert.equal(info.systemPromptHash, shortHash(AGENT_SYSTEM_PROMPT));
    assert.deepEqual(info.tools, ['list_files', 'read_file', 'write_file', 'run_command', 'finish']);
    const r = await run(a);
    assert.equal(r?.outcome, 'pass', `${r?.errorMessage}\n${r?.transcript}`);
    assert.deepEqual(r?.usage, { inputTokens: 2300, outputTokens: 480, cacheReadTokens: 100, cacheWriteTokens: 0 });
    // priced as the reported model (illustrative table: 3 / 15 / cache read 0.3 per MTok): (2300·3 + 480·15 + 100·0.3) / 1e6
    assert.equal(r?.costUsd, 0.01413);
    assert.equal(r?.turns, 3);
    assert.deepEqual(r?.toolCalls, { read_file: 1, write_file: 1, finish: 1 });
    assert.equal(r?.model, REPORTED);
    assert.equal(r?.agentVersion, info.version);
    const reqs = server.messageRequests();
    assert.equal(reqs.length, 3);
    const body = reqs[0]!.body as { stream: boolean; system: string; tools: { name: string }[]; model: string };
    assert.equal(body.stream, true);
    assert.equal(body.system, AGENT_SYSTEM_PROMPT);
    assert.equal(body.model, 'claude-sonnet-4-5');
    assert.deepEqual(body.tools.map((t) => t.name), info.tools);
    // @anthropic-ai/sdk 1.x sends the key as a bearer token (0.x sent x-api-key)
    assert.ok(reqs[0]!.headers['x-api-key'] === KEY || reqs[0]!.headers['authorization'] === `Bearer ${KEY}`);
    assert.equal(reqs[0]!.headers['x-stainless-retry-count'], '0');
    // turn 2 carries the tool result of read_file (the stub's text)
    assert.ok(JSON.stringify(reqs[1]!.body).includes('not implemented'));
    assert.ok(!r?.transcript?.includes(KEY));
  } finally {
    await server.close();
  }
});

test('agent mode: a wrong solution is graded and fails', async () => {
  const server = await startFakeAnthropicServer({ responses: loopScript(WRONG) });
  try {
    const r = await run(agent(server.url));
    assert.equal(r?.outcome, 'fail', r?.errorMessage ?? '');
    assert.equal(r?.turns, 3);
  } finally {
    await server.close();
  }
});

test('agent mode: max turns ends the loop and the workspace is graded', async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'message', content: [{ type: 'tool_use', name: 'list_files', input: {} }] } });
  try {
    const r = await run(agent(server.url, { maxTurns: 2 }));
    assert.equal(r?.outcome, 'fail');
    assert.match(r!.errorMessage!, /max turns \(2\) reached/);
    assert.equal(r?.turns, 2);
    assert.deepEqual(r?.toolCalls, { list_files: 2 });
  } finally {
    await server.close();
  }
});

test('single-shot: code is taken from the reply → pass; the workspace files are in the prompt', async () => {
  const server = await startFakeAnthropicServer({
    responses: [{ kind: 'message', model: REPORTED, content: [{ type: 'text', text: `Here it is:\n\n\`\`\`js title=slugify.mjs\n${SOLUTION}\`\`\`\n` }], usage: { input_tokens: 700, output_tokens: 300 } }],
  });
  try {
    const a = agent(server.url, { mode: 'single-shot' });
    const r = await run(a);
    assert.equal(r?.outcome, 'pass', `${r?.errorMessage}\n${r?.transcript}`);
    assert.deepEqual(r?.usage, { inputTokens: 700, outputTokens: 300, cacheReadTokens: 0, cacheWriteTokens: 0 });
    assert.equal(r?.costUsd, 0.0066); // (700·3 + 300·15) / 1e6
    assert.equal(r?.turns, 1);
    assert.deepEqual(r?.toolCalls, {});
    const body = server.messageRequests()[0]!.body as { tools?: unknown; messages: { content: string }[] };
    assert.equal(body.tools, undefined);
    assert.ok(body.messages[0]!.content.includes('```` title=slugify.mjs') || body.messages[0]!.content.includes('``` title=slugify.mjs'));
  } finally {
    await server.close();
  }
});

test('single-shot: a wrong answer fails; an answer-key task gets its answer file', async () => {
  const server = await startFakeAnthropicServer({
    responses: [
      { kind: 'message', content: [{ type: 'text', text: `\`\`\`js\n${WRONG}\`\`\`` }] },
      { kind: 'message', content: [{ type: 'text', text: 'It divides by all readings, not the valid ones.\n\nANSWER: buggy' }] },
    ],
  });
  try {
    const a = agent(server.url, { mode: 'single-shot' });
    assert.equal((await run(a))?.outcome, 'fail');
    const r = await run(a, answerTask);
    assert.equal(r?.outcome, 'pass', r?.errorMessage ?? '');
    assert.equal(r?.answer?.trim(), 'buggy');
  } finally {
    await server.close();
  }
});

test('a 500 storm: error after maxRetries (never a fail), one request per try', async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'error', status: 500 } });
  try {
    const r = await run(agent(server.url, { retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 10 } }));
    assert.equal(r?.outcome, 'error');
    assert.equal(r?.errorMessage, 'API error 500 api_error: Internal server error (after 4 tries)');
    assert.equal(server.messageRequests().length, 4);
    assert.equal(r?.testMs, 0);
  } finally {
    await server.close();
  }
});

test('429 with retry-after: 1 is honoured, then the attempt succeeds', async () => {
  const server = await startFakeAnthropicServer({ responses: [{ kind: 'error', status: 429, retryAfter: 1 }, ...loopScript(SOLUTION)] });
  try {
    const r = await run(agent(server.url));
    assert.equal(r?.outcome, 'pass', r?.errorMessage ?? '');
    const [first, second] = server.messageRequests();
    assert.ok(second!.receivedAtMs - first!.receivedAtMs >= 950, `waited ${second!.receivedAtMs - first!.receivedAtMs} ms`);
    assert.match(r!.transcript!, /"type":"retry","retry":1,"delayMs":1000,"status":429/);
  } finally {
    await server.close();
  }
});

test('529 overloaded is retried too; 400 is not', async () => {
  const server = await startFakeAnthropicServer({ responses: [{ kind: 'error', status: 529 }, { kind: 'error', status: 400, message: 'bad request' }] });
  try {
    const r = await run(agent(server.url));
    assert.equal(r?.outcome, 'error');
    assert.equal(r?.errorMessage, 'API error 400 invalid_request_error: bad request (after 2 tries)');
    assert.equal(server.messageRequests().length, 2);
  } finally {
    await server.close();
  }
});

test('a hang ends at the outer timeout as an error', async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'hang' } });
  try {
    const t0 = performance.now();
    const r = await run(agent(server.url, { timeoutSec: 1 }));
    assert.equal(r?.outcome, 'error');
    assert.equal(r?.errorMessage, 'no result within the outer timeout (1 s)');
    assert.ok(performance.now() - t0 < 5000);
  } finally {
    await server.close();
  }
});
