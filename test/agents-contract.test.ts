import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createAnthropicAgent } from '../src/agents/anthropic/anthropic-agent.js';
import { ClaudeCodeAgent } from '../src/agents/claude-code/claude-code-agent.js';
import { CommandAgent } from '../src/agents/command/command-agent.js';
import type { ModelAgent } from '../src/agents/model-loop/model-agent.js';
import { createOpenAIAgent } from '../src/agents/openai/openai-agent.js';
import { SimulatedAgent } from '../src/agents/simulated/simulated-agent.js';
import type { Task } from '../src/core/task.js';
import type { Sandbox } from '../src/sandbox/sandbox.js';
import { runAgentContract } from './support/agent-contract.js';
import { claudeBin, claudeSkipReason, writeFilesScript } from './support/claude-code-script.js';
import { startFakeAnthropicServer, type FakeResponse } from './support/fake-anthropic-server.js';
import { startFakeOpenAIServer, type FakeOpenAIResponse } from './support/fake-openai-server.js';

const SECRET = 'sk-ant-contract-secret-9f8e7d6c5b4a';
const PROBE = 'pwd; echo "key=${ANTHROPIC_API_KEY:-unset} ${OPENAI_API_KEY:-unset} ${MY_SECRET:-unset}"';
const noop = async (): Promise<void> => undefined;
const solution = (task: Task) => readFileSync(join(task.dir, 'solution', 'slugify.mjs'), 'utf8');

/** The working dir a model-loop agent saw: the first line of its first run_command output. */
function loopCwd(transcript: string | null): string | null {
  for (const line of (transcript ?? '').split('\n')) {
    const e = JSON.parse(line) as { type: string; name?: string; output?: string };
    if (e.type === 'tool' && e.name === 'run_command') return /stdout:\n(.*)\n/.exec(e.output ?? '')?.[1] ?? null;
  }
  throw new Error('no run_command in the transcript');
}

runAgentContract({
  name: 'simulated',
  secret: SECRET,
  solving: async () => ({ agent: new SimulatedAgent({ name: 'sim', seed: 1, skill: { generation: 1 }, version: '1.0.0', model: 'sim', errorRate: 0, latencyMs: 0, changes: [] }), close: noop }),
  failing: async () => ({ agent: new SimulatedAgent({ name: 'sim', seed: 1, skill: {}, version: '1.0.0', model: 'sim', errorRate: 1, latencyMs: 0, changes: [] }), close: noop }),
  hanging: async () => ({ agent: new SimulatedAgent({ name: 'sim', seed: 1, skill: {}, version: '1.0.0', model: 'sim', errorRate: 0, latencyMs: 60_000, changes: [] }), close: noop }),
  cwdOf: () => null, // runs no process: it copies files into workspace.dir
});

const commandAgent = (sandbox: Sandbox, command: string) =>
  new CommandAgent({ name: 'cmd', command, promptVia: 'stdin', timeoutSec: 20, env: { MY_SECRET: SECRET }, hostPath: process.env.PATH, onNonZeroExit: 'error', sandbox });

runAgentContract({
  name: 'command',
  secret: SECRET,
  solving: async (task, sandbox) => ({ agent: commandAgent(sandbox, `cat > /dev/null; cp '${join(task.dir, 'solution', 'slugify.mjs')}' slugify.mjs; ${PROBE}`), close: noop }),
  failing: async (_t, sandbox) => ({ agent: commandAgent(sandbox, `echo "down: $MY_SECRET" >&2; exit 3`), close: noop }),
  hanging: async (_t, sandbox) => ({ agent: commandAgent(sandbox, 'sleep 60'), close: noop }),
  cwdOf: (r) => r.transcript!.split('\n')[0]!,
});

runAgentContract({
  name: 'claude-code',
  skip: claudeSkipReason(),
  secret: SECRET,
  async solving(task, sandbox) {
    // The fake model first has Claude Code's Bash tool print the key it was given (the CLI's tools
    // inherit its environment): the transcript must still not show it.
    const probe: FakeResponse = { kind: 'message', content: [{ type: 'text', text: `Checking ${SECRET}` }, { type: 'tool_use', name: 'Bash', input: { command: PROBE, description: 'probe' } }] };
    const server = await startFakeAnthropicServer({ responses: [probe, ...writeFilesScript(task)] });
    return { agent: claude(server.url, sandbox), close: () => server.close() };
  },
  async failing(_t, sandbox) {
    const server = await startFakeAnthropicServer({ fallback: { kind: 'error', status: 529 } });
    return { agent: claude(server.url, sandbox, 0), close: () => server.close() };
  },
  async hanging(_t, sandbox) {
    const server = await startFakeAnthropicServer({ fallback: { kind: 'hang' } });
    return { agent: claude(server.url, sandbox), close: () => server.close() };
  },
  cwdOf: (r) => (JSON.parse(r.transcript!.split('\n')[0]!) as { cwd: string }).cwd,
});

function claude(url: string, sandbox: Sandbox, maxRetries = 1): ClaudeCodeAgent {
  return new ClaudeCodeAgent({
    name: 'cc',
    bin: claudeBin() ?? 'claude',
    model: 'claude-sonnet-4-5-20250929',
    permissionMode: 'bypassPermissions',
    allowedTools: [],
    disallowedTools: [],
    extraArgs: [],
    timeoutSec: 30,
    maxRetries,
    apiTimeoutMs: 10_000,
    env: { ANTHROPIC_BASE_URL: url, ANTHROPIC_API_KEY: SECRET },
    hostPath: undefined,
    prices: {},
    sandbox,
  });
}

const retry = { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 10 };

runAgentContract({
  name: 'anthropic',
  secret: SECRET,
  async solving(task) {
    const server = await startFakeAnthropicServer({
      responses: [
        { kind: 'message', content: [{ type: 'text', text: `My key is ${SECRET}.` }, { type: 'tool_use', name: 'run_command', input: { command: PROBE } }] },
        { kind: 'message', content: [{ type: 'tool_use', name: 'write_file', input: { path: 'slugify.mjs', content: solution(task) } }] },
        { kind: 'message', content: [{ type: 'tool_use', name: 'finish', input: { summary: 'done' } }] },
      ],
    });
    return { agent: anthropic(server.url), close: () => server.close() };
  },
  async failing() {
    const server = await startFakeAnthropicServer({ fallback: { kind: 'error', status: 500, message: `internal (${SECRET})` } });
    return { agent: anthropic(server.url), close: () => server.close() };
  },
  async hanging() {
    const server = await startFakeAnthropicServer({ fallback: { kind: 'hang' } });
    return { agent: anthropic(server.url), close: () => server.close() };
  },
  cwdOf: (r) => loopCwd(r.transcript),
});

function anthropic(url: string): ModelAgent {
  return createAnthropicAgent({
    name: 'anthropic',
    model: 'claude-sonnet-4-5',
    mode: 'agent',
    apiKey: SECRET,
    baseUrl: url,
    stream: true,
    maxTurns: 10,
    maxTokens: 1024,
    timeoutSec: 30,
    requestTimeoutMs: 10_000,
    commandTimeoutSec: 10,
    retry,
    secrets: [SECRET],
  });
}

runAgentContract({
  name: 'openai',
  secret: SECRET,
  async solving(task) {
    const responses: FakeOpenAIResponse[] = [
      { kind: 'message', content: `My key is ${SECRET}.`, toolCalls: [{ name: 'run_command', arguments: { command: PROBE } }] },
      { kind: 'message', toolCalls: [{ name: 'write_file', arguments: { path: 'slugify.mjs', content: solution(task) } }] },
      { kind: 'message', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
    ];
    const server = await startFakeOpenAIServer({ responses });
    return { agent: openai(server.url), close: () => server.close() };
  },
  async failing() {
    const server = await startFakeOpenAIServer({ fallback: { kind: 'error', status: 503, message: `unavailable (${SECRET})` } });
    return { agent: openai(server.url), close: () => server.close() };
  },
  async hanging() {
    const server = await startFakeOpenAIServer({ fallback: { kind: 'hang' } });
    return { agent: openai(server.url), close: () => server.close() };
  },
  cwdOf: (r) => loopCwd(r.transcript),
});

function openai(url: string): ModelAgent {
  return createOpenAIAgent({
    name: 'openai',
    model: 'gpt-4.1',
    mode: 'agent',
    apiKey: SECRET,
    baseUrl: url,
    stream: false,
    maxTokensField: 'max_tokens',
    maxTurns: 10,
    maxTokens: 1024,
    timeoutSec: 30,
    requestTimeoutMs: 10_000,
    commandTimeoutSec: 10,
    retry,
    secrets: [SECRET],
  });
}
