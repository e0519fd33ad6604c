import { type Kysely, type Migration } from 'kysely';

/** The first schema: suites, tasks, agents, runs and attempts (DESIGN.md §3). */
export const initialMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('suites')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('dir', 'text', (c) => c.notNull())
      .addColumn('task_count', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('suites_pk', ['name', 'version'])
      .execute();

    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('difficulty', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('tasks_pk', ['id', 'version'])
      .execute();

    await db.schema
      .createTable('agents')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agent', 'text', (c) => c.notNull().references('agents.name'))
      .addColumn('agent_kind', 'text', (c) => c.notNull())
      .addColumn('suite', 'text', (c) => c.notNull())
      .addColumn('suite_version', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('agent_version', 'text')
      .addColumn('requested_model', 'text')
      .addColumn('settings_hash', 'text', (c) => c.notNull())
      .addColumn('harness_version', 'text', (c) => c.notNull())
      .addColumn('host', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('runs_agent_date').on('runs').columns(['agent', 'date']).execute();

    await db.schema
      .createTable('attempts')
      .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id'))
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('task_version', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('trial', 'integer', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('error_message', 'text')
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('agent_ms', 'integer', (c) => c.notNull())
      .addColumn('test_ms', 'integer', (c) => c.notNull())
      .addColumn('input_tokens', 'integer', (c) => c.notNull())
      .addColumn('output_tokens', 'integer', (c) => c.notNull())
      .addColumn('cache_read_tokens', 'integer', (c) => c.notNull())
      .addColumn('cache_write_tokens', 'integer', (c) => c.notNull())
      .addColumn('cost_usd', 'double precision')
      .addColumn('turns', 'integer')
      .addColumn('tool_calls', 'text', (c) => c.notNull())
      .addColumn('model', 'text')
      .addColumn('agent_version', 'text')
      .addColumn('answer', 'text')
      .addColumn('test_output', 'text')
      .addColumn('transcript', 'text')
      // One row per planned attempt: recording is idempotent by (run, task, trial).
      .addPrimaryKeyConstraint('attempts_pk', ['run_id', 'task_id', 'trial'])
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    for (const t of ['attempts', 'runs', 'agents', 'tasks', 'suites']) await db.schema.dropTable(t).ifExists().execute();
  },
};
