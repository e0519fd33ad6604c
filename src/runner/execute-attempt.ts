import { join } from 'node:path';
import type { Attempt } from '../core/attempt.js';
import { copyFiles } from '../core/files.js';
import type { Clock } from '../core/clock.js';
import type { Task } from '../core/task.js';
import type { AgentAdapter } from '../agents/agent-adapter.js';
import type { GradeCache } from '../grading/grade-cache.js';
import { gradeWorkspace } from '../grading/grade-workspace.js';
import type { Sandbox } from '../sandbox/sandbox.js';

/** Everything one attempt needs. */
export interface ExecuteAttemptInput {
  runId: string;
  task: Task;
  trial: number;
  date: string;
  agent: AgentAdapter;
  sandbox: Sandbox;
  clock: Clock;
  signal: AbortSignal;
  testTimeoutSec?: number | undefined;
  gradeCache?: GradeCache | undefined;
}

/**
 * Runs one attempt end to end: a fresh workspace with the task's starting files, the agent, then
 * grading (hidden tests copied in only now), and the workspace removed. Returns null when the attempt
 * was interrupted (it is then not recorded, so `--resume` runs it again). A fault of the harness is an
 * `error` attempt, never an exception.
 */
export async function executeAttempt(input: ExecuteAttemptInput): Promise<Attempt | null> {
  const { task, agent, sandbox, clock } = input;
  const startedAt = clock.now().toISOString();
  const t0 = performance.now();
  const base = {
    runId: input.runId,
    taskId: task.id,
    taskVersion: task.version,
    category: task.category,
    trial: input.trial,
    startedAt,
  };
  let ws;
  try {
    ws = await sandbox.createWorkspace(`${task.id}-${input.trial}`);
  } catch (err) {
    return harnessError(base, t0, `cannot create workspace: ${(err as Error).message}`);
  }
  try {
    copyFiles(join(task.dir, 'workspace'), ws.dir, task.workspaceFiles);
    const result = await agent.attempt({ task, workspace: ws, date: input.date, trial: input.trial, sandbox, signal: input.signal });
    if (input.signal.aborted) return null;
    const agentPart = {
      agentMs: result.agentMs,
      usage: result.usage,
      costUsd: result.costUsd,
      turns: result.turns,
      toolCalls: result.toolCalls,
      model: result.model,
      agentVersion: result.agentVersion,
      transcript: result.transcript,
    };
    if (result.status === 'error') {
      return { ...base, ...agentPart, outcome: 'error', errorMessage: result.message, durationMs: performance.now() - t0, testMs: 0, answer: null, testOutput: null };
    }
    const cacheKey = input.gradeCache?.key(task, ws);
    let grade = cacheKey ? input.gradeCache!.get(cacheKey) : undefined;
    if (!grade) {
      grade = await gradeWorkspace(task, ws, sandbox, { timeoutSec: input.testTimeoutSec, signal: input.signal });
      if (input.signal.aborted) return null;
      if (cacheKey) input.gradeCache!.set(cacheKey, grade);
    }
    const note = [result.message, grade.reason].filter((s): s is string => s !== null).join('; ');
    return {
      ...base,
      ...agentPart,
      outcome: grade.outcome,
      errorMessage: note === '' ? null : note,
      durationMs: performance.now() - t0,
      testMs: grade.testMs,
      answer: grade.answer,
      testOutput: grade.testOutput,
    };
  } catch (err) {
    if (input.signal.aborted) return null;
    return harnessError(base, t0, `harness error: ${(err as Error).message}`);
  } finally {
    await ws.dispose().catch(() => undefined);
  }
}

function harnessError(base: Pick<Attempt, 'runId' | 'taskId' | 'taskVersion' | 'category' | 'trial' | 'startedAt'>, t0: number, message: string): Attempt {
  return {
    ...base,
    outcome: 'error',
    errorMessage: message,
    durationMs: performance.now() - t0,
    agentMs: 0,
    testMs: 0,
    usage: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 },
    costUsd: null,
    turns: null,
    toolCalls: {},
    model: null,
    agentVersion: null,
    answer: null,
    testOutput: null,
    transcript: null,
  };
}
