import type { Usage } from '../core/attempt.js';
import type { Task } from '../core/task.js';
import type { Sandbox, Workspace } from '../sandbox/sandbox.js';

/** Provenance an agent knows before a run starts. */
export interface AgentInfo {
  /** CLI or SDK version, e.g. the first line of `claude --version`. */
  version: string | null;
  /** The model the configuration asks for. */
  model: string | null;
  /** Hash of the settings that shape behaviour (secrets excluded). */
  settingsHash: string;
  /** Hash of the system prompt the agent is given (null when it is the agent's own, unknown to barometer). */
  systemPromptHash?: string | null;
}

/** Everything an agent gets for one attempt. */
export interface AttemptInput {
  task: Task;
  /** A fresh workspace holding the task's starting files; the agent works in `workspace.dir`. */
  workspace: Workspace;
  /** The day the run stands for (`YYYY-MM-DD`). */
  date: string;
  trial: number;
  sandbox: Sandbox;
  /** Aborted on Ctrl-C: stop at once and return. */
  signal: AbortSignal;
}

/**
 * What the agent phase produced. `completed` and `timeout` go on to grading (a slow agent is the
 * agent's fault); `error` is an infrastructure fault and is never graded nor counted as a failure.
 */
export interface AgentResult {
  status: 'completed' | 'timeout' | 'error';
  /** Why the agent errored or timed out; never contains secrets. */
  message: string | null;
  usage: Usage;
  /** Cost in US dollars, from the agent or a price table; null when unknown. */
  costUsd: number | null;
  turns: number | null;
  /** Tool calls by tool name. */
  toolCalls: Record<string, number>;
  /** The model the agent reports having used. */
  model: string | null;
  agentVersion: string | null;
  /** The agent's output or event stream: bounded and redacted. */
  transcript: string | null;
  /** Wall-clock time of the agent phase. */
  agentMs: number;
}

/**
 * One adapter per kind of agent (simulated, command, claude-code, anthropic, openai…). Adapters
 * never throw for a failed attempt: a failure is data. They may throw for misconfiguration.
 *
 * @example
 * const info = await agent.describe('2026-12-04');
 * const result = await agent.attempt({ task, workspace, date, trial: 1, sandbox, signal });
 */
export interface AgentAdapter {
  readonly name: string;
  readonly kind: string;
  /** Most attempts of this agent at once (a provider's rate limit); the runner never exceeds it. */
  readonly maxConcurrency?: number | undefined;
  /** Provenance for the run of `date` (may run `--version` once). */
  describe(date: string): Promise<AgentInfo>;
  attempt(input: AttemptInput): Promise<AgentResult>;
}
