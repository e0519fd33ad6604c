import { hostname } from 'node:os';
import type { AgentAdapter } from '../agents/agent-adapter.js';
import type { Attempt } from '../core/attempt.js';
import type { Clock } from '../core/clock.js';
import { BarometerError, usageError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Run } from '../core/run.js';
import { countOutcomes } from '../core/run-record.js';
import type { Suite, Task } from '../core/task.js';
import type { GradeCache } from '../grading/grade-cache.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { plannedKey, type Store } from '../store/store.js';
import { planAttempts, selectTasks } from '../suites/select-tasks.js';
import { executeAttempt } from './execute-attempt.js';
import { silentProgress, type RunProgress } from './run-progress.js';

/** Version of the harness, recorded on every run. */
export const HARNESS_VERSION = '0.1.0';

/** Options of {@link runAgent}. */
export interface RunAgentOptions {
  store: Store;
  agent: AgentAdapter;
  suite: Suite;
  sandbox: Sandbox;
  clock: Clock;
  /** The day the run stands for (`YYYY-MM-DD`). */
  date: string;
  /** Tasks per day (all when undefined). */
  tasksPerDay?: number | undefined;
  /** The core attempted every day: a number of fixed tasks or their ids (see selectTasks). */
  core?: number | readonly string[] | undefined;
  /**
   * The tasks on offer for a day: by default the suite's fixed tasks; the CLI adds the fresh
   * variants of the suite's templates (tasksForDate).
   */
  resolveTasks?: (date: string) => Promise<Task[]>;
  trials: number;
  seed: number;
  concurrency: number;
  /** Finish the newest unfinished run of this agent (of `date` when `dateGiven`) instead of starting one. */
  resume?: boolean;
  /** Whether `date` was given by the user (resume then looks only at that day). */
  dateGiven?: boolean;
  testTimeoutSec?: number | undefined;
  /** Stop starting attempts once the run's recorded cost reaches this many US dollars. */
  maxCostUsd?: number | undefined;
  gradeCache?: GradeCache | undefined;
  progress?: RunProgress;
  /** Ctrl-C: stop starting attempts, kill the ones in flight (not recorded), mark the run interrupted. */
  signal?: AbortSignal;
}

/** What a run did. */
export interface RunResult {
  run: Run;
  attempts: Attempt[];
}

/**
 * One run of an agent on a suite for a day: plan (tasks chosen from the seed and the date × trials),
 * execute with bounded concurrency, record each attempt atomically as it finishes, and mark the run
 * completed. With `resume`, finishes an unfinished run without repeating recorded attempts.
 * Interruption marks the run `interrupted` and throws a BarometerError with code INTERRUPTED.
 */
export async function runAgent(options: RunAgentOptions): Promise<RunResult> {
  const { store, agent, suite, clock } = options;
  const progress = options.progress ?? silentProgress;
  const resolveTasks = options.resolveTasks ?? (async () => suite.tasks);
  const signal = options.signal ?? new AbortController().signal;
  const now = (): string => clock.now().toISOString();

  let run: Run;
  let resumed = false;
  let offered: Task[] | undefined; // the day's tasks, resolved once
  if (options.resume) {
    const open = await store.unfinishedRuns(agent.name, options.dateGiven ? options.date : undefined);
    const found = open[0];
    if (!found) {
      throw usageError('USAGE', `nothing to resume: agent "${agent.name}" has no unfinished run${options.dateGiven ? ` on ${options.date}` : ''}`);
    }
    if (found.suiteVersion !== suite.version) {
      throw usageError(
        'RUN_CONFLICT',
        `cannot resume run ${found.id}: suite "${found.suite}" changed since it started (version ${found.suiteVersion}, now ${suite.version}); start a new run instead`,
      );
    }
    run = found;
    resumed = true;
    await store.setRunStatus(run.id, 'running', null);
  } else {
    const open = await store.unfinishedRuns(agent.name, options.date);
    if (open[0]) {
      throw usageError('RUN_CONFLICT', `agent "${agent.name}" has an unfinished run ${open[0].id} on ${options.date}: finish it with --resume`);
    }
    const info = await agent.describe(options.date);
    offered = await resolveTasks(options.date);
    const tasks = selectTasks(offered, { date: options.date, seed: options.seed, perDay: options.tasksPerDay, core: options.core });
    run = {
      id: newId('run'),
      agent: agent.name,
      agentKind: agent.kind,
      suite: suite.name,
      suiteVersion: suite.version,
      date: options.date,
      status: 'running',
      plan: planAttempts(tasks, options.trials),
      startedAt: now(),
      finishedAt: null,
      agentVersion: info.version,
      requestedModel: info.model,
      settingsHash: info.settingsHash,
      harnessVersion: HARNESS_VERSION,
      host: hostname(),
      systemPromptHash: info.systemPromptHash ?? null,
    };
    await store.saveAgent(agent.name, agent.kind, now());
    await store.saveSuite(suite, now(), offered);
    await store.createRun(run);
  }

  const byId = new Map<string, Task>((offered ?? (await resolveTasks(run.date))).map((t) => [t.id, t]));
  const recorded = await store.recordedKeys(run.id);
  const todo = run.plan.filter((p) => !recorded.has(plannedKey(p)));
  let done = run.plan.length - todo.length;
  progress.start({ runId: run.id, agent: agent.name, date: run.date, total: run.plan.length, done, resumed });

  let next = 0;
  let storeError: unknown = null;
  // The budget counts what the run has already spent (a resumed run included).
  let spent = (await store.attemptsOfRun(run.id)).reduce((s, a) => s + (a.costUsd ?? 0), 0);
  const overBudget = (): boolean => options.maxCostUsd !== undefined && spent >= options.maxCostUsd;
  const worker = async (): Promise<void> => {
    while (!signal.aborted && storeError === null && !overBudget() && next < todo.length) {
      const planned = todo[next++]!;
      const task = byId.get(planned.taskId);
      if (!task) throw new BarometerError('INTERNAL', `run ${run.id} plans task ${planned.taskId}, which the suite no longer has`);
      const attempt = await executeAttempt({
        runId: run.id,
        task,
        trial: planned.trial,
        date: run.date,
        agent,
        sandbox: options.sandbox,
        clock,
        signal,
        testTimeoutSec: options.testTimeoutSec,
        gradeCache: options.gradeCache,
      });
      if (attempt === null) continue;
      try {
        await store.recordAttempt(attempt);
      } catch (err) {
        storeError = err;
        return;
      }
      done += 1;
      spent += attempt.costUsd ?? 0;
      progress.attempt(attempt, done, run.plan.length);
    }
  };
  const limit = Math.min(options.concurrency, agent.maxConcurrency ?? Infinity, todo.length);
  const workers = Array.from({ length: Math.max(1, limit) }, () => worker());
  await Promise.all(workers);

  const attempts = await store.attemptsOfRun(run.id);
  if (storeError !== null || signal.aborted || attempts.length < run.plan.length) {
    await store.setRunStatus(run.id, 'interrupted', now());
    run = { ...run, status: 'interrupted', finishedAt: now() };
    progress.finish({ status: 'interrupted', counts: countOutcomes(attempts) });
    if (storeError !== null) {
      throw new BarometerError('DATABASE', `could not record an attempt of run ${run.id}: ${(storeError as Error).message}; finish it later with --resume`, {
        cause: storeError,
        exitCode: 1,
      });
    }
    if (overBudget() && !signal.aborted) {
      throw new BarometerError(
        'BUDGET',
        `run ${run.id} stopped: its cost $${spent.toFixed(2)} reached the budget maxCostUsd $${options.maxCostUsd!.toFixed(2)} after ${attempts.length} of ${run.plan.length} attempts; raise the budget and finish it with --resume`,
        { exitCode: 1 },
      );
    }
    throw new BarometerError('INTERRUPTED', `run ${run.id} interrupted after ${attempts.length} of ${run.plan.length} attempts; finish it with --resume`, { exitCode: 130 });
  }
  const finishedAt = now();
  await store.setRunStatus(run.id, 'completed', finishedAt);
  run = { ...run, status: 'completed', finishedAt };
  progress.finish({ status: 'completed', counts: countOutcomes(attempts) });
  return { run, attempts };
}
