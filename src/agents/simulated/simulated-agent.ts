import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Usage } from '../../core/attempt.js';
import { copyFiles } from '../../core/files.js';
import { shortHash } from '../../core/ids.js';
import { hashUniform } from '../../core/random.js';
import { daysBetween } from '../../core/clock.js';
import type { Difficulty, Task, TaskCategory } from '../../core/task.js';
import type { AgentAdapter, AgentInfo, AgentResult, AttemptInput } from '../agent-adapter.js';

/** Settings of a simulated agent (see the config's `kind: simulated`). */
export interface SimulatedAgentOptions {
  name: string;
  seed: number;
  /** Mean success probability per category. */
  skill: Partial<Record<TaskCategory, number>>;
  version: string;
  model: string;
  errorRate: number;
  latencyMs: number;
  /**
   * When set, random draws are keyed by the number of days since this day rather than by the calendar
   * date, so the same history replays whatever day it ends on (the demo uses this).
   */
  anchor?: string | undefined;
  changes: readonly { from: string; skillDelta?: number | undefined; version?: string | undefined; model?: string | undefined; tokenFactor?: number | undefined }[];
}

/** Default skill per category when the config leaves it out. */
export const DEFAULT_SKILL: Record<TaskCategory, number> = { generation: 0.7, completion: 0.65, understanding: 0.6, repo: 0.5 };

const DIFFICULTY_OFFSET: Record<Difficulty, number> = { easy: 0.15, medium: 0, hard: -0.15 };
const DIFFICULTY_INDEX: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };
/** Illustrative per-million-token prices (input, output, cache read, cache write) in USD. */
const PRICE = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 };

/** The simulated agent's state on a day, after every scheduled change up to it. */
export interface SimulatedState {
  skillDelta: number;
  version: string;
  model: string;
  tokenFactor: number;
}

/**
 * A deterministic stand-in for a real agent, so that the whole pipeline (grading included) can run
 * without any model. For each attempt it decides from a hash of (seed, date, task, trial) whether to
 * succeed; on success it writes the task's reference solution, otherwise its plausible wrong one (or
 * nothing), and grading really runs on what it wrote. A task's success probability is the category's
 * skill, shifted by difficulty (easy +15 points, hard −15) and a fixed per-task jitter (±10), plus the
 * sum of the `skillDelta`s scheduled up to the day; clipped to [0.02, 0.98]. It reports plausible
 * tokens, cost, turns and tool calls, scaled by difficulty and `tokenFactor`.
 */
export class SimulatedAgent implements AgentAdapter {
  readonly kind = 'simulated';
  readonly name: string;

  constructor(private readonly options: SimulatedAgentOptions) {
    this.name = options.name;
  }

  /** The state (skill shift, version, model, token factor) in force on `date`. */
  stateAt(date: string): SimulatedState {
    const state: SimulatedState = { skillDelta: 0, version: this.options.version, model: this.options.model, tokenFactor: 1 };
    const changes = [...this.options.changes].sort((a, b) => a.from.localeCompare(b.from));
    for (const c of changes) {
      if (c.from > date) break;
      state.skillDelta += c.skillDelta ?? 0;
      if (c.version) state.version = c.version;
      if (c.model) state.model = c.model;
      if (c.tokenFactor) state.tokenFactor *= c.tokenFactor;
    }
    return state;
  }

  /** The key of a day's random draws: the date, or the day number since `anchor`. */
  private dayKey(date: string): string {
    return this.options.anchor ? `day${daysBetween(this.options.anchor, date)}` : date;
  }

  /** The probability that this agent solves `task` on `date`. */
  successProbability(task: Task, date: string): number {
    const base = this.options.skill[task.category] ?? DEFAULT_SKILL[task.category];
    const jitter = (hashUniform(this.options.seed, 'task', task.id) - 0.5) * 0.2;
    const p = base + DIFFICULTY_OFFSET[task.difficulty] + jitter + this.stateAt(date).skillDelta;
    return Math.min(0.98, Math.max(0.02, p));
  }

  async describe(date: string): Promise<AgentInfo> {
    const s = this.stateAt(date);
    const { name: _name, ...settings } = this.options;
    return { version: s.version, model: s.model, settingsHash: shortHash(JSON.stringify(settings)) };
  }

  async attempt(input: AttemptInput): Promise<AgentResult> {
    const started = performance.now();
    const { task, date, trial } = input;
    const seed = this.options.seed;
    const state = this.stateAt(date);
    if (this.options.latencyMs > 0) {
      try {
        await sleep(this.options.latencyMs, undefined, { signal: input.signal });
      } catch {
        return this.result('error', 'interrupted', started, state, task, trial, date);
      }
    }
    if (hashUniform(seed, 'error', this.dayKey(date), task.id, trial) < this.options.errorRate) {
      return this.result('error', 'simulated API outage (HTTP 529 overloaded after retries)', started, state, task, trial, date);
    }
    const solved = hashUniform(seed, 'solve', this.dayKey(date), task.id, trial) < this.successProbability(task, date);
    if (solved) copyFiles(join(task.dir, 'solution'), input.workspace.dir, task.solutionFiles);
    else if (task.wrongFiles.length > 0) copyFiles(join(task.dir, 'wrong'), input.workspace.dir, task.wrongFiles);
    return this.result('completed', null, started, state, task, trial, date);
  }

  private result(status: AgentResult['status'], message: string | null, started: number, state: SimulatedState, task: Task, trial: number, date: string): AgentResult {
    const u = (k: string): number => hashUniform(this.options.seed, k, this.dayKey(date), task.id, trial);
    const d = DIFFICULTY_INDEX[task.difficulty];
    const f = state.tokenFactor * (status === 'error' ? 0.2 : 1);
    const usage: Usage = {
      inputTokens: Math.round((800 + 900 * d + 600 * u('in')) * f),
      outputTokens: Math.round((350 + 700 * d + 900 * u('out')) * f),
      cacheReadTokens: Math.round((9000 + 12000 * d + 8000 * u('cr')) * f),
      cacheWriteTokens: Math.round((2500 + 2500 * d + 1500 * u('cw')) * f),
    };
    const costUsd =
      (usage.inputTokens * PRICE.input + usage.outputTokens * PRICE.output + usage.cacheReadTokens * PRICE.cacheRead + usage.cacheWriteTokens * PRICE.cacheWrite) / 1e6;
    const turns = status === 'error' ? 1 : 2 + d * 2 + Math.floor(u('turns') * 5);
    const toolCalls: Record<string, number> = {};
    if (status !== 'error') {
      toolCalls.Read = 1 + Math.floor(u('read') * (turns - 1));
      toolCalls.Write = 1;
      const edits = Math.floor(u('edit') * d * 2);
      if (edits > 0) toolCalls.Edit = edits;
      const bash = Math.floor(u('bash') * turns * 0.5);
      if (bash > 0) toolCalls.Bash = bash;
    }
    return {
      status,
      message,
      usage,
      costUsd: Math.round(costUsd * 1e6) / 1e6,
      turns,
      toolCalls,
      model: state.model,
      agentVersion: state.version,
      transcript: `simulated ${this.name} ${state.version} on ${task.id} (trial ${trial}): ${status}${message ? ` (${message})` : ''}`,
      agentMs: performance.now() - started,
    };
  }
}
