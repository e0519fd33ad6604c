import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BarometerError } from '../../core/errors.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Task } from '../../core/task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import type { Workspace } from '../../sandbox/sandbox.js';
import type { AgentResult } from '../agent-adapter.js';
import { CommandAgent, type CommandAgentOptions } from './command-agent.js';
import { createAgent } from '../../cli/create-agent.js';
import { commandAgentSchema } from '../../config/config-schema.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-command-agent-test-'));
const sandbox = new ProcessSandbox(root);
after(() => rmSync(root, { recursive: true, force: true }));

const NODE = process.execPath;
const INSTRUCTION = 'Write "hello" to hello.txt.\nThen stop.';
const task = { id: 'hello', instruction: INSTRUCTION } as Task;

function agent(over: Partial<CommandAgentOptions>): CommandAgent {
  return new CommandAgent({ name: 'cmd', command: [NODE, '-e', '0'], promptVia: 'stdin', timeoutSec: 20, env: {}, hostPath: undefined, onNonZeroExit: 'error', sandbox, ...over });
}

async function run(a: CommandAgent, t: Task = task, signal = new AbortController().signal): Promise<{ r: AgentResult; ws: Workspace }> {
  const ws = await sandbox.createWorkspace('cmd');
  after(() => ws.dispose());
  const r = await a.attempt({ task: t, workspace: ws, date: '2026-01-01', trial: 1, sandbox, signal });
  return { r, ws };
}

test('promptVia stdin: the instruction arrives on stdin; the agent runs in the workspace dir', async () => {
  const { r, ws } = await run(
    agent({ command: [NODE, '-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{require("fs").writeFileSync("got.txt",s);console.log(process.cwd())})'] }),
  );
  assert.equal(r.status, 'completed');
  assert.equal(r.message, null);
  assert.equal(readFileSync(join(ws.dir, 'got.txt'), 'utf8'), INSTRUCTION);
  assert.equal(r.transcript, `${ws.dir}\n`);
  assert.ok(r.agentMs > 0);
});

test('promptVia file: {promptFile} is replaced by a file outside the graded directory holding the instruction', async () => {
  const { r, ws } = await run(agent({ promptVia: 'file', command: [NODE, '-e', 'console.log(process.argv[1]); console.log(require("fs").readFileSync(process.argv[1], "utf8"))', '{promptFile}'] }));
  assert.equal(r.status, 'completed');
  const [path, ...rest] = (r.transcript ?? '').split('\n');
  assert.equal(path, join(ws.root, 'prompt.md'));
  assert.ok(!path!.startsWith(ws.dir + '/'), 'the prompt file is not graded');
  assert.equal(rest.join('\n'), `${INSTRUCTION}\n`);
});

test('promptVia arg: {prompt} is replaced by the instruction, also exported as BAROMETER_PROMPT; {workspace} too', async () => {
  const { r, ws } = await run(
    agent({ promptVia: 'arg', command: [NODE, '-e', 'console.log(JSON.stringify([process.argv[1], process.argv[2], process.env.BAROMETER_PROMPT]))', 'message={prompt}', '{workspace}'] }),
  );
  assert.equal(r.status, 'completed');
  assert.deepEqual(JSON.parse(r.transcript ?? ''), [`message=${INSTRUCTION}`, ws.dir, INSTRUCTION]);
});

test('promptVia arg: an instruction is passed verbatim even when it contains $$, $& or {workspace}', async () => {
  const tricky = 'Print the shell PID with `echo $$`, keep $& as is, and write to {workspace}/out.txt';
  const { r } = await run(agent({ promptVia: 'arg', command: [NODE, '-e', 'console.log(process.argv[1])', '{prompt}'] }), { ...task, instruction: tricky });
  assert.equal(r.transcript, `${tricky}\n`);
});

test('a string command runs with sh -c and finds the prompt in $BAROMETER_PROMPT_FILE and the workspace in $BAROMETER_WORKSPACE', async () => {
  const { r, ws } = await run(agent({ command: 'cat "$BAROMETER_PROMPT_FILE" > copy.txt; echo "$BAROMETER_WORKSPACE"' }));
  assert.equal(r.status, 'completed');
  assert.equal(readFileSync(join(ws.dir, 'copy.txt'), 'utf8'), INSTRUCTION);
  assert.equal(r.transcript, `${ws.dir}\n`);
});

test('only the configured env reaches the agent; its secret values are redacted from the transcript', async () => {
  process.env.ANTHROPIC_API_KEY = 'sk-ant-parent-process-key-0123456789';
  process.env.BAROMETER_PARENT_ONLY = 'parent-only-value';
  try {
    const { r, ws } = await run(
      agent({
        env: { MY_TOKEN: 'tok-secret-123456', MODE: 'fast' },
        command: [NODE, '-e', 'console.log(JSON.stringify(process.env)); console.error("using " + process.env.MY_TOKEN)'],
      }),
    );
    assert.equal(r.status, 'completed');
    const [stdout, stderr] = (r.transcript ?? '').split('\n--- stderr ---\n');
    assert.equal(stderr, 'using [REDACTED]\n');
    const env = JSON.parse(stdout!) as Record<string, string>;
    assert.deepEqual(Object.keys(env).sort(), [
      'BAROMETER_PROMPT_FILE',
      'BAROMETER_WORKSPACE',
      'CI',
      'HOME',
      'LANG',
      'LC_ALL',
      'MODE',
      'MY_TOKEN',
      'NO_COLOR',
      'PATH',
      'PYTHONDONTWRITEBYTECODE',
      'TMPDIR',
      'TZ',
    ]);
    assert.equal(env.MY_TOKEN, '[REDACTED]', 'the value is redacted in the transcript');
    assert.equal(env.MODE, 'fast');
    assert.equal(env.HOME, ws.home);
    assert.ok(!(r.transcript ?? '').includes('sk-ant-parent'));
    assert.ok(!(r.transcript ?? '').includes('parent-only-value'));
    assert.ok(!(r.transcript ?? '').includes('tok-secret-123456'));
  } finally {
    delete process.env.ANTHROPIC_API_KEY;
    delete process.env.BAROMETER_PARENT_ONLY;
  }
});

test('hostPath is put in front of the clean PATH', async () => {
  const { r } = await run(agent({ hostPath: '/opt/agent-bin', command: [NODE, '-e', 'console.log(process.env.PATH)'] }));
  const path = (r.transcript ?? '').trim().split(':');
  assert.equal(path[0], '/opt/agent-bin');
  assert.ok(path.includes('/usr/bin'));
});

test('a timeout gives status timeout (graded later), not error', async () => {
  const t0 = Date.now();
  const { r } = await run(agent({ timeoutSec: 1, command: [NODE, '-e', 'console.log("started"); setTimeout(() => {}, 30000)'] }));
  assert.ok(Date.now() - t0 < 5000);
  assert.equal(r.status, 'timeout');
  assert.equal(r.message, 'agent timed out after 1 s');
  assert.equal(r.transcript, 'started\n');
});

test('a non-zero exit is an error by default', async () => {
  const { r } = await run(agent({ command: [NODE, '-e', 'process.exit(3)'] }));
  assert.equal(r.status, 'error');
  assert.equal(r.message, 'agent exited with 3 (set onNonZeroExit: grade to grade such attempts)');
});

test("a non-zero exit is graded with onNonZeroExit 'grade'", async () => {
  const { r } = await run(agent({ onNonZeroExit: 'grade', command: [NODE, '-e', 'process.exit(3)'] }));
  assert.equal(r.status, 'completed');
  assert.equal(r.message, 'agent exited with 3');
});

test('a missing binary is an error result, not a throw', async () => {
  const { r } = await run(agent({ command: ['/no/such/agent-binary', '--yes'] }));
  assert.equal(r.status, 'error');
  assert.match(r.message ?? '', /^agent command could not start: .*ENOENT/);
});

test('an abort is an interrupted error', async () => {
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 100);
  const { r } = await run(agent({ command: [NODE, '-e', 'setTimeout(() => {}, 30000)'] }), task, ac.signal);
  assert.equal(r.status, 'error');
  assert.equal(r.message, 'interrupted');
});

test('versionCommand: first non-empty line, run once, recorded on describe and on every attempt', async () => {
  const counter = join(root, 'version-count.txt');
  const a = agent({
    model: 'claude-x',
    env: { SECRET_V: 'v-secret-abcdef' },
    versionCommand: [NODE, '-e', `require("fs").appendFileSync(${JSON.stringify(counter)}, "x"); console.log("\\n  my-agent 1.2.3 (" + process.env.SECRET_V + ")  \\nsecond line")`],
  });
  const d1 = await a.describe();
  const d2 = await a.describe();
  assert.equal(d1.version, 'my-agent 1.2.3 ([REDACTED])');
  assert.equal(d1.model, 'claude-x');
  assert.deepEqual(d2, d1);
  const { r } = await run(a);
  assert.equal(r.agentVersion, 'my-agent 1.2.3 ([REDACTED])');
  assert.equal(r.model, 'claude-x');
  assert.equal(readFileSync(counter, 'utf8'), 'x', 'the version command ran exactly once');
});

test('a failing or absent versionCommand gives a null version; one that cannot start stops the run', async () => {
  assert.equal((await agent({ versionCommand: [NODE, '-e', 'console.log("1.0"); process.exit(1)'] }).describe()).version, null);
  assert.equal((await agent({}).describe()).version, null);
  await assert.rejects(agent({ versionCommand: ['/no/such/bin'] }).describe(), (err: unknown) => {
    assert.ok(err instanceof BarometerError && err.exitCode === 2);
    assert.match(err.message, /cannot run \/no\/such\/bin .*ENOENT.*fix versionCommand/);
    return true;
  });
});

test('the settings hash changes with the command or the env names, not with env values', async () => {
  const h = async (o: Partial<CommandAgentOptions>) => (await agent(o).describe()).settingsHash;
  const h0 = await h({ env: { K: 'a' } });
  assert.equal(await h({ env: { K: 'b' } }), h0, 'secret values do not enter the hash');
  assert.notEqual(await h({ env: { K2: 'a' } }), h0);
  assert.notEqual(await h({ env: { K: 'a' }, command: [NODE, '-e', '1'] }), h0);
  assert.notEqual(await h({ env: { K: 'a' }, onNonZeroExit: 'grade' }), h0);
});

test('the agent can write into the workspace, and the prompt file is not in it', async () => {
  const { r, ws } = await run(agent({ command: 'printf hello > hello.txt' }));
  assert.equal(r.status, 'completed');
  assert.equal(readFileSync(join(ws.dir, 'hello.txt'), 'utf8'), 'hello');
  assert.equal(existsSync(join(ws.dir, 'prompt.md')), false);
});

// A fake `codex exec --json`: prints the Codex JSONL sample (src/agents/command/parsers/fixtures),
// a log line on stderr, and writes the file the task asks for.
const CODEX_SAMPLE = readFileSync(join(import.meta.dirname, 'parsers', 'fixtures', 'codex-exec.jsonl'), 'utf8');
const fakeCodex = (jsonl: string): string[] => [
  NODE,
  '-e',
  `require("fs").writeFileSync("hello.txt", "hello"); process.stderr.write("2026-08-20T10:00:00Z WARN codex_exec: fake\\n"); process.stdout.write(${JSON.stringify(jsonl)})`,
  'exec',
  '--json',
  '{prompt}',
];

test('parser codex-json: a fake codex run through the command adapter records usage, tool calls and a price-table cost', async () => {
  const cfg = commandAgentSchema.parse({ name: 'codex', kind: 'command', command: fakeCodex(CODEX_SAMPLE), promptVia: 'arg', model: 'gpt-5', parser: 'codex-json' });
  const a = createAgent(cfg, { sandbox, env: {} });
  const { r, ws } = await run(a as CommandAgent);
  assert.equal(r.status, 'completed');
  assert.equal(readFileSync(join(ws.dir, 'hello.txt'), 'utf8'), 'hello');
  assert.deepEqual(r.usage, { inputTokens: 315, outputTokens: 122, cacheReadTokens: 24448, cacheWriteTokens: 0 });
  assert.deepEqual(r.toolCalls, { command_execution: 3, file_change: 1, 'mcp:docs/search': 1 });
  assert.equal(r.turns, null, 'codex reports no count of model calls');
  assert.equal(r.model, 'gpt-5', 'codex does not report its model: the configured one');
  // gpt-5 in the built-in illustrative table: 1.25 / 10 / 0.125 per million
  assert.equal(r.costUsd, Math.round(((315 * 1.25 + 122 * 10 + 24448 * 0.125) / 1e6) * 1e9) / 1e9);
  assert.equal(r.transcript, `${CODEX_SAMPLE}\n--- stderr ---\n2026-08-20T10:00:00Z WARN codex_exec: fake\n`, 'no note when all was read');
});

test('parser: configured prices are used; unreadable output completes with empty fields and a note in the transcript', async () => {
  const priced = await run(agent({ command: fakeCodex(CODEX_SAMPLE), promptVia: 'arg', model: 'my-gpt', parser: 'codex-json', prices: { 'my-gpt': { input: 1, output: 1, cacheRead: 0 } } }));
  assert.equal(priced.r.costUsd, (315 + 122) / 1e6);
  const { r } = await run(agent({ command: [NODE, '-e', 'console.log("Done, wrote hello.txt")'], model: 'gpt-5', parser: 'codex-json' }));
  assert.equal(r.status, 'completed');
  assert.deepEqual(r.usage, { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 });
  assert.equal(r.costUsd, null);
  assert.deepEqual(r.toolCalls, {});
  assert.equal(r.model, 'gpt-5');
  assert.equal(r.transcript, 'Done, wrote hello.txt\n\n--- barometer ---\ncodex-json: no Codex `exec --json` events in the output\n');
});

test('parser: a failed or timed-out run keeps what its output says; output past the transcript bound is still read whole', async () => {
  const failed = await run(agent({ command: fakeCodex(CODEX_SAMPLE).map((a, i) => (i === 2 ? `${a}; process.exitCode = 1` : a)), promptVia: 'arg', parser: 'codex-json' }));
  assert.equal(failed.r.status, 'error');
  assert.equal(failed.r.usage.outputTokens, 122);
  const item = (i: number) => JSON.stringify({ type: 'item.completed', item: { id: `item_${i}`, type: 'command_execution', command: 'cat big', aggregated_output: 'x'.repeat(4000), exit_code: 0, status: 'completed' } });
  const done = JSON.stringify({ type: 'turn.completed', usage: { input_tokens: 10, cached_input_tokens: 0, output_tokens: 1 } });
  const script = `for (let i = 0; i < 200; i++) console.log(JSON.stringify({ type: "item.completed", item: { id: "item_" + i, type: "command_execution", command: "cat big", aggregated_output: "x".repeat(4000), exit_code: 0, status: "completed" } })); console.log(${JSON.stringify(done)})`;
  const { r } = await run(agent({ command: [NODE, '-e', script], parser: 'codex-json' }));
  assert.deepEqual(r.toolCalls, { command_execution: 200 }, 'every item of an 800 kB stream is counted');
  assert.equal(r.usage.inputTokens, 10);
  assert.ok((r.transcript ?? '').length < 300 * 1024, 'the transcript stays bounded');
  assert.match(r.transcript ?? '', /"type":"truncated"/);
  const slow = await run(agent({ timeoutSec: 1, command: [NODE, '-e', `console.log(${JSON.stringify(item(0))}); setTimeout(() => {}, 30000)`], parser: 'codex-json' }));
  assert.equal(slow.r.status, 'timeout');
  assert.deepEqual(slow.r.toolCalls, { command_execution: 1 });
  assert.match(slow.r.transcript ?? '', /--- barometer ---\ncodex-json: no turn.completed event with usage \(0 turns started, 0 ended\); usage left empty\n$/);
});
