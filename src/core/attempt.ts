import type { TaskCategory } from './task.js';

/** Version of the attempt/run record format shared by `run --json`, export, the API and the dashboard. */
export const RECORD_SCHEMA_VERSION = 1;

/**
 * `pass` and `fail` are the agent's; `error` is the harness's or the infrastructure's (crash, harness
 * timeout, API outage after retries). Errors never count as failures.
 */
export type Outcome = 'pass' | 'fail' | 'error';

/** Token counts of one attempt. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

/** An empty usage record. */
export function zeroUsage(): Usage {
  return { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
}

/** One task × one trial within a run, as recorded. */
export interface Attempt {
  runId: string;
  taskId: string;
  taskVersion: string;
  category: TaskCategory;
  trial: number;
  outcome: Outcome;
  /** Why the attempt is an error (or a short reason for a failure); never contains secrets. */
  errorMessage: string | null;
  startedAt: string;
  durationMs: number;
  agentMs: number;
  testMs: number;
  usage: Usage;
  costUsd: number | null;
  turns: number | null;
  toolCalls: Record<string, number>;
  model: string | null;
  agentVersion: string | null;
  /** The agent's answer, for answer-key tasks. */
  answer: string | null;
  /** Test output, bounded and redacted. */
  testOutput: string | null;
  /** Agent transcript or output, bounded and redacted. */
  transcript: string | null;
}
