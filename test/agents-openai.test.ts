import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelAgentInfo } from '../src/agents/model-loop/model-agent.js';
import { AGENT_SYSTEM_PROMPT, SINGLE_SHOT_SYSTEM_PROMPT } from '../src/agents/model-loop/system-prompts.js';
import { createOpenAIAgent, type OpenAIAgentOptions } from '../src/agents/openai/openai-agent.js';
import { systemClock } from '../src/core/clock.js';
import { executeAttempt } from '../src/runner/execute-attempt.js';
import { ProcessSandbox } from '../src/sandbox/process/process-sandbox.js';
import { loadTask } from '../src/suites/load-task.js';
import { ROOT } from './support/cli.js';
import { startFakeOpenAIServer, type FakeOpenAIResponse } from './support/fake-openai-server.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-openai-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox(root);
const task = loadTask(join(ROOT, 'suites', 'builtin', 'gen-slugify'));
const answerTask = loadTask(join(ROOT, 'suites', 'builtin', 'und-bug-average-valid'));
const SOLUTION = readFileSync(join(task.dir, 'solution', 'slugify.mjs'), 'utf8');
const WRONG = readFileSync(join(task.dir, 'wrong', 'slugify.mjs'), 'utf8');
const KEY = 'sk-proj-test-secret-0123456789abcdefghij';
const REPORTED = 'gpt-4.1-2025-04-14';

function agent(url: string, over: Partial<OpenAIAgentOptions> = {}) {
  return createOpenAIAgent({
    name: 'openai-test',
    model: 'gpt-4.1',
    mode: 'agent',
    apiKey: KEY,
    baseUrl: url,
    stream: false,
    maxTokensField: 'max_completion_tokens',
    maxTurns: 10,
    maxTokens: 4096,
    timeoutSec: 20,
    requestTimeoutMs: 10_000,
    commandTimeoutSec: 10,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5000 },
    prices: { [REPORTED]: { input: 2, output: 8, cacheRead: 0.5 } },
    secrets: [],
    ...over,
  });
}

const run = (a: ReturnType<typeof agent>, t = task) =>
  executeAttempt({ runId: 'run_test', task: t, trial: 1, date: '2026-12-04', agent: a, sandbox, clock: systemClock, signal: new AbortController().signal });

function loopScript(content: string): FakeOpenAIResponse[] {
  return [
    { kind: 'message', model: REPORTED, content: 'Reading.', toolCalls: [{ name: 'read_file', arguments: { path: 'slugify.mjs' } }], usage: { prompt_tokens: 500, completion_tokens: 50 } },
    { kind: 'message', model: REPORTED, toolCalls: [{ name: 'write_file', arguments: { path: 'slugify.mjs', content } }, { name: 'run_command', arguments: { command: 'node -e "import(\'./slugify.mjs\').then(m => console.log(m.slugify(\'A b\')))"' } }], usage: { prompt_tokens: 900, completion_tokens: 400, cached_tokens: 400 } },
    { kind: 'message', model: REPORTED, toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }], usage: { prompt_tokens: 1000, completion_tokens: 30 } },
  ];
}

for (const stream of [false, true]) {
  test(`agent mode (${stream ? 'streaming SSE' : 'JSON'}): a correct solution passes, with usage, cost, turns, tools, model and version`, async () => {
    const server = await startFakeOpenAIServer({ responses: loopScript(SOLUTION) });
    try {
      const a = agent(server.url, { stream });
      const info = (await a.describe()) as ModelAgentInfo;
      assert.match(info.version!, /^openai@6\.\d+\.\d+$/);
      const r = await run(a);
      assert.equal(r?.outcome, 'pass', `${r?.errorMessage}\n${r?.transcript}`);
      // prompt tokens 2400 of which 400 cached → 2000 uncached input + 400 cache read
      assert.deepEqual(r?.usage, { inputTokens: 2000, outputTokens: 480, cacheReadTokens: 400, cacheWriteTokens: 0 });
      assert.equal(r?.costUsd, 0.00804); // configured price of the reported model: (2000·2 + 480·8 + 400·0.5) / 1e6
      assert.equal(r?.turns, 3);
      assert.deepEqual(r?.toolCalls, { read_file: 1, write_file: 1, run_command: 1, finish: 1 });
      assert.equal(r?.model, REPORTED);
      assert.equal(r?.agentVersion, info.version);
      const reqs = server.chatRequests();
      assert.equal(reqs.length, 3);
      const body = reqs[0]!.body!;
      assert.equal(body.stream ?? false, stream);
      if (stream) assert.deepEqual(body.stream_options, { include_usage: true });
      assert.equal(body['max_completion_tokens'], 4096);
      assert.deepEqual(body.messages![0], { role: 'system', content: AGENT_SYSTEM_PROMPT });
      assert.deepEqual(body.tools!.map((t) => t.function.name), ['list_files', 'read_file', 'write_file', 'run_command', 'finish']);
      assert.equal(reqs[0]!.headers['authorization'], `Bearer ${KEY}`);
      // the run_command result went back to the model: the new slugify ran in the workspace
      const third = reqs[2]!.body!.messages!;
      assert.ok(third.some((m) => m.role === 'tool' && String(m.content).includes('a-b')), JSON.stringify(third));
      assert.ok(!r?.transcript?.includes(KEY));
    } finally {
      await server.close();
    }
  });
}

test('agent mode: a wrong solution fails', async () => {
  const server = await startFakeOpenAIServer({ responses: loopScript(WRONG) });
  try {
    assert.equal((await run(agent(server.url)))?.outcome, 'fail');
  } finally {
    await server.close();
  }
});

test('single-shot (streaming and not): a correct reply passes, a wrong one fails, an answer is written', async () => {
  const server = await startFakeOpenAIServer({
    responses: [
      { kind: 'message', model: REPORTED, content: `\`\`\`javascript\n// file: slugify.mjs\n${SOLUTION}\`\`\``, usage: { prompt_tokens: 600, completion_tokens: 250 } },
      { kind: 'message', content: `\`\`\`js title=slugify.mjs\n${WRONG}\`\`\`` },
      { kind: 'message', content: '**Answer:** `buggy`' },
    ],
  });
  try {
    const ok = await run(agent(server.url, { mode: 'single-shot', stream: true }));
    assert.equal(ok?.outcome, 'pass', `${ok?.errorMessage}\n${ok?.transcript}`);
    assert.deepEqual(ok?.usage, { inputTokens: 600, outputTokens: 250, cacheReadTokens: 0, cacheWriteTokens: 0 });
    assert.equal(ok?.costUsd, 0.0032); // (600·2 + 250·8) / 1e6
    assert.equal(ok?.turns, 1);
    assert.equal(server.chatRequests()[0]!.body!.tools, undefined);
    assert.deepEqual(server.chatRequests()[0]!.body!.messages![0], { role: 'system', content: SINGLE_SHOT_SYSTEM_PROMPT });
    assert.equal((await run(agent(server.url, { mode: 'single-shot' })))?.outcome, 'fail');
    const ans = await run(agent(server.url, { mode: 'single-shot' }), answerTask);
    assert.equal(ans?.outcome, 'pass', ans?.errorMessage ?? '');
  } finally {
    await server.close();
  }
});

test('an unknown model has no cost (null), never a guess', async () => {
  const server = await startFakeOpenAIServer({ responses: [{ kind: 'message', model: 'qwen2.5-coder:7b', content: 'no code' }] });
  try {
    const r = await run(agent(server.url, { mode: 'single-shot', model: 'qwen2.5-coder:7b', prices: {} }));
    assert.equal(r?.costUsd, null);
    assert.equal(r?.outcome, 'fail');
    assert.match(r!.errorMessage!, /nothing extracted/);
  } finally {
    await server.close();
  }
});

test('a 500 storm: error after the retries, never a fail', async () => {
  const server = await startFakeOpenAIServer({ fallback: { kind: 'error', status: 500, message: 'The server had an error' } });
  try {
    const r = await run(agent(server.url, { mode: 'single-shot' }));
    assert.equal(r?.outcome, 'error');
    assert.equal(r?.errorMessage, 'API error 500 server_error: The server had an error (after 3 tries)');
    assert.equal(server.chatRequests().length, 3);
  } finally {
    await server.close();
  }
});

test('429 with retry-after: 1 is honoured', async () => {
  const server = await startFakeOpenAIServer({ responses: [{ kind: 'error', status: 429, retryAfter: 1 }, ...loopScript(SOLUTION)] });
  try {
    const r = await run(agent(server.url));
    assert.equal(r?.outcome, 'pass', r?.errorMessage ?? '');
    const [first, second] = server.chatRequests();
    assert.ok(second!.receivedAtMs - first!.receivedAtMs >= 950, `waited ${second!.receivedAtMs - first!.receivedAtMs} ms`);
  } finally {
    await server.close();
  }
});

test('a hang (even after the SSE headers) ends at the outer timeout as an error', async () => {
  for (const afterHeaders of [false, true]) {
    const server = await startFakeOpenAIServer({ fallback: { kind: 'hang', afterHeaders } });
    try {
      const t0 = performance.now();
      const r = await run(agent(server.url, { timeoutSec: 1, stream: afterHeaders }));
      assert.equal(r?.outcome, 'error');
      assert.equal(r?.errorMessage, 'no result within the outer timeout (1 s)');
      assert.ok(performance.now() - t0 < 5000);
    } finally {
      await server.close();
    }
  }
});

test('a per-request timeout is retried like a network error', async () => {
  const server = await startFakeOpenAIServer({ responses: [{ kind: 'hang' }], fallback: { kind: 'message', content: '```js title=slugify.mjs\n' + SOLUTION + '```' } });
  try {
    const r = await run(agent(server.url, { mode: 'single-shot', requestTimeoutMs: 300 }));
    assert.equal(r?.outcome, 'pass', r?.errorMessage ?? '');
    assert.equal(server.chatRequests().length, 2);
    assert.match(r!.transcript!, /"type":"retry","retry":1,.*"error":"request timed out"/);
  } finally {
    await server.close();
  }
});
