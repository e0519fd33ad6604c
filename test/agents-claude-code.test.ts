import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaudeCodeAgent, type ClaudeCodeAgentOptions } from '../src/agents/claude-code/claude-code-agent.js';
import { systemClock } from '../src/core/clock.js';
import { executeAttempt } from '../src/runner/execute-attempt.js';
import { ProcessSandbox } from '../src/sandbox/process/process-sandbox.js';
import { loadTask } from '../src/suites/load-task.js';
import { barometerAsync, ROOT } from './support/cli.js';
import { claudeBin, claudeSkipReason, SCRIPT_USAGE, writeFilesScript } from './support/claude-code-script.js';
import { startFakeAnthropicServer } from './support/fake-anthropic-server.js';

// Real Claude Code CLI (node_modules/.bin/claude, 2.1.197) against the fake Anthropic server: no network.
const skip = claudeSkipReason();
if (skip) console.error(`# SKIPPING Claude Code tests: ${skip}`);
const root = mkdtempSync(join(tmpdir(), 'barometer-claude-code-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox(root);
const task = loadTask(join(ROOT, 'suites', 'builtin', 'gen-slugify'));
const MODEL = 'claude-sonnet-4-5-20250929';
const KEY = 'sk-ant-test-secret-key-0123456789';

function agent(url: string, over: Partial<ClaudeCodeAgentOptions> = {}): ClaudeCodeAgent {
  return new ClaudeCodeAgent({
    name: 'cc',
    bin: claudeBin() ?? 'claude',
    model: MODEL,
    permissionMode: 'bypassPermissions',
    allowedTools: [],
    disallowedTools: [],
    extraArgs: [],
    timeoutSec: 60,
    maxRetries: 1,
    apiTimeoutMs: 10_000,
    env: { ANTHROPIC_BASE_URL: url, ANTHROPIC_API_KEY: KEY },
    hostPath: undefined,
    prices: {},
    sandbox,
    ...over,
  });
}

const attempt = (a: ClaudeCodeAgent) =>
  executeAttempt({ runId: 'run_test', task, trial: 1, date: '2026-12-04', agent: a, sandbox, clock: systemClock, signal: new AbortController().signal });

test('a scripted model that writes the reference solution with Write: pass, with the exact tokens, cost, turns and tool calls', { skip }, async () => {
  const server = await startFakeAnthropicServer({ responses: writeFilesScript(task) });
  try {
    const a = agent(server.url);
    const info = await a.describe();
    assert.equal(info.version, '2.1.197');
    assert.equal(info.model, MODEL);
    assert.match(info.settingsHash, /^[0-9a-f]{12}$/);
    const r = await attempt(a);
    assert.ok(r);
    assert.equal(r.outcome, 'pass', `${r.errorMessage}\n${r.testOutput}\n${r.transcript}`);
    // usage = Σ over the three responses of the usage the server sent (message_delta, cumulative per response):
    // input 1000+1200+1500, output 100+300+20, cache write 2000+0+0, cache read 3000+5000+6000
    const sum = (k: keyof (typeof SCRIPT_USAGE)[number]) => SCRIPT_USAGE.reduce((n, u) => n + (u[k] ?? 0), 0);
    assert.deepEqual(r.usage, { inputTokens: sum('input_tokens'), outputTokens: sum('output_tokens'), cacheReadTokens: sum('cache_read_input_tokens'), cacheWriteTokens: sum('cache_creation_input_tokens') });
    assert.deepEqual(r.usage, { inputTokens: 3700, outputTokens: 420, cacheReadTokens: 14000, cacheWriteTokens: 2000 });
    // The CLI prices claude-sonnet-4-5-20250929 at 3 in / 15 out / 3.75 cache write / 0.3 cache read per MTok (docs/claude-code-offline.md §6):
    // (3700·3 + 420·15 + 2000·3.75 + 14000·0.3) / 1e6 = (11100 + 6300 + 7500 + 4200) / 1e6 = 0.0291
    assert.ok(Math.abs(r.costUsd! - 0.0291) < 1e-12, String(r.costUsd));
    assert.equal(r.turns, 3);
    assert.deepEqual(r.toolCalls, { Read: 1, Write: 1 });
    assert.equal(r.model, MODEL);
    assert.equal(r.agentVersion, '2.1.197');
    assert.equal(server.messageRequests().length, 3);
    assert.equal(server.messageRequests()[0]!.headers['x-api-key'], KEY);
    const meta = JSON.parse(r.transcript!.split('\n')[0]!);
    assert.equal(meta.type, 'barometer');
    assert.deepEqual(meta.modelUsageModels, [MODEL]);
    assert.ok(r.transcript!.includes('"type":"result"'));
    assert.ok(!r.transcript!.includes(KEY));
  } finally {
    await server.close();
  }
});

test('a model whose answer is wrong: the attempt is graded and fails', { skip }, async () => {
  const server = await startFakeAnthropicServer({ responses: writeFilesScript(task, 'wrong') });
  try {
    const r = await attempt(agent(server.url));
    assert.equal(r?.outcome, 'fail', r?.errorMessage ?? '');
    assert.match(r!.testOutput!, /# fail [1-9]/);
    assert.deepEqual(r?.toolCalls, { Read: 1, Write: 1 });
  } finally {
    await server.close();
  }
});

test('a server that answers 529: error (not fail), after the configured retries', { skip }, async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'error', status: 529 } });
  try {
    const r = await attempt(agent(server.url, { maxRetries: 1 }));
    assert.equal(r?.outcome, 'error');
    assert.match(r!.errorMessage!, /^API error 529: API Error: 529 Overloaded/);
    assert.equal(r?.testMs, 0);
    assert.equal(server.messageRequests().length, 2); // first try + CLAUDE_CODE_MAX_RETRIES=1
    assert.equal(r?.costUsd, 0);
  } finally {
    await server.close();
  }
});

test('a hang is killed at the outer timeout: error with no result', { skip }, async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'hang' } });
  try {
    const t0 = performance.now();
    const r = await attempt(agent(server.url, { timeoutSec: 3 }));
    assert.equal(r?.outcome, 'error');
    assert.match(r!.errorMessage!, /killed at the outer timeout \(3 s\)/);
    assert.ok(performance.now() - t0 < 10_000);
  } finally {
    await server.close();
  }
});

test('error_max_turns is the agent\'s own failure: graded', { skip }, async () => {
  const write = (i: number) => () => ({ kind: 'message' as const, content: [{ type: 'tool_use' as const, name: 'Bash', input: { command: `echo ${i}`, description: 'echo' } }] });
  const server = await startFakeAnthropicServer({ responses: [write(1), write(2), write(3)] });
  try {
    const r = await attempt(agent(server.url, { maxTurns: 1 }));
    assert.equal(r?.outcome, 'fail', r?.errorMessage ?? '');
    assert.match(r!.errorMessage!, /max turns reached/);
    assert.equal(r?.turns, 2); // the CLI counts the turn it refused to start
    assert.deepEqual(r?.toolCalls, { Bash: 1 });
  } finally {
    await server.close();
  }
});

test('through the built CLI: barometer run --agent <claude-code> --json', { skip }, async () => {
  const server = await startFakeAnthropicServer({ responses: writeFilesScript(task) });
  const dir = mkdtempSync(join(root, 'cli-'));
  try {
    mkdirSync(join(dir, 'suite'));
    cpSync(task.dir, join(dir, 'suite', 'gen-slugify'), { recursive: true });
    writeFileSync(
      join(dir, 'barometer.config.yaml'),
      [
        'database: ./results.db',
        'suite: ./suite',
        'agents:',
        '  - name: cc',
        '    kind: claude-code',
        `    bin: ${JSON.stringify(claudeBin())}`,
        `    model: ${MODEL}`,
        '    maxRetries: 1',
        '    timeoutSec: 60',
        '    env:',
        '      ANTHROPIC_BASE_URL: ${FAKE_URL}',
        '      ANTHROPIC_API_KEY: ${MY_KEY}',
      ].join('\n'),
    );
    // Async: the fake server lives in this process and must keep answering.
    const child = barometerAsync(['run', '--agent', 'cc', '--date', '2026-12-04', '--json'], { cwd: dir, env: { FAKE_URL: server.url, MY_KEY: KEY } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    const doc = JSON.parse(stdout);
    assert.equal(doc.run.agentKind, 'claude-code');
    assert.equal(doc.run.agentVersion, '2.1.197');
    assert.equal(doc.run.requestedModel, MODEL);
    assert.equal(doc.attempts.length, 1);
    const a = doc.attempts[0];
    assert.equal(a.outcome, 'pass', JSON.stringify(a));
    assert.deepEqual(a.usage, { inputTokens: 3700, outputTokens: 420, cacheReadTokens: 14000, cacheWriteTokens: 2000 });
    assert.ok(Math.abs(a.costUsd - 0.0291) < 1e-12);
    assert.equal(a.turns, 3);
    assert.deepEqual(a.toolCalls, { Read: 1, Write: 1 });
    assert.equal(a.model, MODEL);
    assert.ok(!stdout.includes(KEY) && !stderr.includes(KEY));
  } finally {
    await server.close();
  }
});
