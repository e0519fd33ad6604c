import { Kysely, Migrator, type Dialect, type Selectable } from 'kysely';
import type { Attempt } from '../core/attempt.js';
import { BarometerError } from '../core/errors.js';
import type { PlannedAttempt, Run, RunStatus } from '../core/run.js';
import type { Suite, Task } from '../core/task.js';
import { migrationProvider } from './migrations/index.js';
import type { AttemptTable, Database, RunTable } from './schema.js';

/** An attempt joined with the day of its run: what statistics are computed from. */
export interface DatedAttempt extends Attempt {
  date: string;
  agent: string;
}

/**
 * All reads and writes of barometer's data. The queries are plain Kysely and mean the same on every
 * dialect (SQLite, PostgreSQL). Every write that records an attempt is one atomic statement and is
 * idempotent by (run, task, trial).
 */
export class Store {
  readonly db: Kysely<Database>;

  private constructor(
    db: Kysely<Database>,
    private readonly schema?: string,
  ) {
    this.db = db;
  }

  /**
   * Opens a store over the given dialect and brings its schema up to date. `schema` (PostgreSQL)
   * names the schema that holds barometer's tables, so that the migration bookkeeping never mistakes
   * another schema's tables for its own.
   */
  static async open(dialect: Dialect, options: { schema?: string; createSchema?: boolean } = {}): Promise<Store> {
    const db = new Kysely<Database>({ dialect });
    const store = new Store(db, options.schema);
    try {
      if (options.schema && options.createSchema) await db.schema.createSchema(options.schema).ifNotExists().execute();
      await store.migrate();
    } catch (err) {
      await db.destroy().catch(() => undefined); // no pool left open behind a failed start
      if (err instanceof BarometerError) throw err;
      throw new BarometerError('DATABASE', `cannot open the database: ${describeDbError(err)}`, { cause: err, exitCode: 2 });
    }
    return store;
  }

  /** Applies every pending migration; fails loudly if the database is newer than this barometer. */
  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider, ...(this.schema ? { migrationTableSchema: this.schema } : {}) });
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error) {
      throw new BarometerError('DATABASE', `cannot prepare the database (migration ${failed?.migrationName ?? 'list'}): ${describeDbError(error)}`, {
        cause: error,
        exitCode: 2,
      });
    }
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Records a suite version and its tasks (by default its fixed tasks; no-op for the parts already known). */
  async saveSuite(suite: Suite, now: string, tasks: readonly Task[] = suite.tasks): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('suites')
        .values({ name: suite.name, version: suite.version, dir: suite.dir, task_count: suite.tasks.length, created_at: now })
        .onConflict((oc) => oc.columns(['name', 'version']).doNothing())
        .execute();
      for (const t of tasks) {
        await trx
          .insertInto('tasks')
          .values({
            id: t.id,
            version: t.version,
            title: t.title,
            category: t.category,
            language: t.language,
            difficulty: t.difficulty,
            tags: JSON.stringify(t.tags),
            created_at: now,
            label: t.grading.kind === 'answer' ? (t.grading.label ?? null) : null,
          })
          .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
          .execute();
      }
    });
  }

  /** Registers an agent name (first kind wins; a changed kind is visible on each run). */
  async saveAgent(name: string, kind: string, now: string): Promise<void> {
    await this.db
      .insertInto('agents')
      .values({ name, kind, created_at: now })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }

  /** Inserts a new run. */
  async createRun(run: Run): Promise<void> {
    await this.db.insertInto('runs').values(runToRow(run)).execute();
  }

  /** Sets a run's status (and its finish time when it is no longer running). */
  async setRunStatus(id: string, status: RunStatus, finishedAt: string | null): Promise<void> {
    await this.db.updateTable('runs').set({ status, finished_at: finishedAt }).where('id', '=', id).execute();
  }

  /** A run by id, or undefined. */
  async getRun(id: string): Promise<Run | undefined> {
    const row = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToRun(row) : undefined;
  }

  /** Runs of an agent that are not completed, newest first (optionally for one day). */
  async unfinishedRuns(agent: string, date?: string): Promise<Run[]> {
    let q = this.db.selectFrom('runs').selectAll().where('agent', '=', agent).where('status', '!=', 'completed');
    if (date) q = q.where('date', '=', date);
    const rows = await q.orderBy('started_at', 'desc').execute();
    return rows.map(rowToRun);
  }

  /** Every run of an agent (or of all agents), oldest day first. */
  async listRuns(agent?: string): Promise<Run[]> {
    let q = this.db.selectFrom('runs').selectAll();
    if (agent) q = q.where('agent', '=', agent);
    const rows = await q.orderBy('date').orderBy('started_at').execute();
    return rows.map(rowToRun);
  }

  /**
   * Records one finished attempt atomically. Recording the same (run, task, trial) twice keeps the
   * first record and returns false, so a resumed or retried worker can never duplicate a result.
   */
  async recordAttempt(a: Attempt): Promise<boolean> {
    const result = await this.db
      .insertInto('attempts')
      .values(attemptToRow(a))
      .onConflict((oc) => oc.columns(['run_id', 'task_id', 'trial']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** The attempts recorded for a run, in task and trial order. */
  async attemptsOfRun(runId: string): Promise<Attempt[]> {
    const rows = await this.db
      .selectFrom('attempts')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('task_id')
      .orderBy('trial')
      .execute();
    return rows.map(rowToAttempt);
  }

  /** Planned attempts of a run that are already recorded, as `taskId#trial` keys. */
  async recordedKeys(runId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('attempts').select(['task_id', 'trial']).where('run_id', '=', runId).execute();
    return new Set(rows.map((r) => plannedKey({ taskId: r.task_id, trial: r.trial })));
  }

  /** Answer-key labels of task versions (`id@version` → label), for classification metrics. */
  async taskLabels(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('tasks').select(['id', 'version', 'label']).where('label', 'is not', null).execute();
    return new Map(rows.map((r) => [`${r.id}@${r.version}`, r.label!]));
  }

  /** Names of the agents that have at least one run, sorted. */
  async agentsWithRuns(): Promise<string[]> {
    const rows = await this.db.selectFrom('runs').select('agent').distinct().orderBy('agent').execute();
    return rows.map((r) => r.agent);
  }

  /** Every attempt of an agent with its run's day, oldest first; optionally within [from, to]. */
  async datedAttempts(agent: string, range: { from?: string; to?: string } = {}): Promise<DatedAttempt[]> {
    let q = this.db
      .selectFrom('attempts')
      .innerJoin('runs', 'runs.id', 'attempts.run_id')
      .selectAll('attempts')
      .select(['runs.date as date', 'runs.agent as agent'])
      .where('runs.agent', '=', agent);
    if (range.from) q = q.where('runs.date', '>=', range.from);
    if (range.to) q = q.where('runs.date', '<=', range.to);
    const rows = await q.orderBy('runs.date').orderBy('attempts.task_id').orderBy('attempts.trial').execute();
    return rows.map((r) => ({ ...rowToAttempt(r), date: r.date, agent: r.agent }));
  }
}

/** A driver error in one line (connection errors often carry only a code). */
function describeDbError(err: unknown): string {
  const e = err as { message?: string; code?: string; errors?: { message?: string }[] };
  const inner = e.errors?.map((x) => x.message).filter(Boolean).join('; ');
  return e.message || inner || e.code || String(err);
}

/** The key of a planned attempt: `taskId#trial`. */
export function plannedKey(p: PlannedAttempt): string {
  return `${p.taskId}#${p.trial}`;
}

function runToRow(r: Run): RunTable {
  return {
    id: r.id,
    agent: r.agent,
    agent_kind: r.agentKind,
    suite: r.suite,
    suite_version: r.suiteVersion,
    date: r.date,
    status: r.status,
    plan: JSON.stringify(r.plan),
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    agent_version: r.agentVersion,
    requested_model: r.requestedModel,
    settings_hash: r.settingsHash,
    harness_version: r.harnessVersion,
    host: r.host,
    system_prompt_hash: r.systemPromptHash ?? null,
  };
}

function rowToRun(r: Selectable<RunTable>): Run {
  return {
    id: r.id,
    agent: r.agent,
    agentKind: r.agent_kind,
    suite: r.suite,
    suiteVersion: r.suite_version,
    date: r.date,
    status: r.status as RunStatus,
    plan: JSON.parse(r.plan) as PlannedAttempt[],
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    agentVersion: r.agent_version,
    requestedModel: r.requested_model,
    settingsHash: r.settings_hash,
    harnessVersion: r.harness_version,
    host: r.host,
    systemPromptHash: r.system_prompt_hash ?? null,
  };
}

function attemptToRow(a: Attempt): AttemptTable {
  return {
    run_id: a.runId,
    task_id: a.taskId,
    task_version: a.taskVersion,
    category: a.category,
    trial: a.trial,
    outcome: a.outcome,
    error_message: a.errorMessage,
    started_at: a.startedAt,
    duration_ms: Math.round(a.durationMs),
    agent_ms: Math.round(a.agentMs),
    test_ms: Math.round(a.testMs),
    input_tokens: a.usage.inputTokens,
    output_tokens: a.usage.outputTokens,
    cache_read_tokens: a.usage.cacheReadTokens,
    cache_write_tokens: a.usage.cacheWriteTokens,
    cost_usd: a.costUsd,
    turns: a.turns,
    tool_calls: JSON.stringify(a.toolCalls),
    model: a.model,
    agent_version: a.agentVersion,
    answer: a.answer,
    test_output: a.testOutput,
    transcript: a.transcript,
  };
}

function rowToAttempt(r: Selectable<AttemptTable>): Attempt {
  return {
    runId: r.run_id,
    taskId: r.task_id,
    taskVersion: r.task_version,
    category: r.category as Attempt['category'],
    trial: Number(r.trial),
    outcome: r.outcome as Attempt['outcome'],
    errorMessage: r.error_message,
    startedAt: r.started_at,
    durationMs: Number(r.duration_ms),
    agentMs: Number(r.agent_ms),
    testMs: Number(r.test_ms),
    usage: {
      inputTokens: Number(r.input_tokens),
      outputTokens: Number(r.output_tokens),
      cacheReadTokens: Number(r.cache_read_tokens),
      cacheWriteTokens: Number(r.cache_write_tokens),
    },
    costUsd: r.cost_usd === null ? null : Number(r.cost_usd),
    turns: r.turns === null ? null : Number(r.turns),
    toolCalls: JSON.parse(r.tool_calls) as Record<string, number>,
    model: r.model,
    agentVersion: r.agent_version,
    answer: r.answer,
    testOutput: r.test_output,
    transcript: r.transcript,
  };
}
