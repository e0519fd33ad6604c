import { test as nodeTest, after } from 'node:test';
const test = nodeTest;
const skipPostgres = (name: string, _fn: () => Promise<void>): void => {
  nodeTest(name, { skip: `PostgreSQL is not reachable at ${process.env.BAROMETER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'} (set BAROMETER_TEST_POSTGRES_URL)` }, () => undefined);
};
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Attempt } from '../core/attempt.js';
import type { Run } from '../core/run.js';
import type { Suite, Task } from '../core/task.js';
import pg from 'pg';
import { createPostgresDialect } from './postgres/postgres-dialect.js';
import { createSqliteDialect } from './sqlite/sqlite-dialect.js';
import { plannedKey, Store } from './store.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-store-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

// Every test below runs on every dialect (Kysely-style): SQLite in memory, SQLite on disk, and
// PostgreSQL — on every developer and CI machine at 127.0.0.1:5432 (override with
// BAROMETER_TEST_POSTGRES_URL). Each PostgreSQL test gets a schema of its own, dropped at the end.
const PG_URL = process.env.BAROMETER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgAdmin = new pg.Pool({ connectionString: PG_URL, max: 1 });
const pgReachable = await pgAdmin.query('select 1').then(
  () => true,
  () => false,
);
const pgSchemas: string[] = [];
after(async () => {
  for (const schema of pgSchemas) await pgAdmin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await pgAdmin.end();
});
async function openPostgres(): Promise<Store> {
  const schema = `barometer_test_${process.pid}_${pgSchemas.length}_${Math.floor(Math.random() * 1e6)}`;
  await pgAdmin.query(`create schema ${schema}`);
  pgSchemas.push(schema);
  return Store.open(createPostgresDialect(PG_URL, { schema, maxConnections: 2 }), { schema });
}

function run(over: Partial<Run> = {}): Run {
  return {
    id: 'run_1',
    agent: 'sim',
    agentKind: 'simulated',
    suite: 'mini',
    suiteVersion: 'aaaaaaaaaaaa',
    date: '2026-01-10',
    status: 'running',
    plan: [
      { taskId: 'a', trial: 1 },
      { taskId: 'b', trial: 1 },
    ],
    startedAt: '2026-01-10T06:00:00.000Z',
    finishedAt: null,
    agentVersion: '1.0.0',
    requestedModel: 'sim-model-1',
    settingsHash: 'ffffffffffff',
    harnessVersion: '0.1.0',
    host: 'test-host',
    systemPromptHash: '5e1f0c2a9b7d',
    ...over,
  };
}

function attempt(over: Partial<Attempt> = {}): Attempt {
  return {
    runId: 'run_1',
    taskId: 'a',
    taskVersion: '111111111111',
    category: 'generation',
    trial: 1,
    outcome: 'pass',
    errorMessage: null,
    startedAt: '2026-01-10T06:00:01.000Z',
    durationMs: 1234,
    agentMs: 1000,
    testMs: 200,
    usage: { inputTokens: 10, outputTokens: 20, cacheReadTokens: 30, cacheWriteTokens: 40 },
    costUsd: 0.0123,
    turns: 4,
    toolCalls: { Read: 2, Write: 1 },
    model: 'sim-model-1',
    agentVersion: '1.0.0',
    answer: null,
    testOutput: 'ok',
    transcript: 'did things',
    ...over,
  };
}

function task(id: string, version: string): Task {
  return {
    id,
    title: id,
    category: 'generation',
    language: 'javascript',
    difficulty: 'easy',
    tags: ['x'],
    instruction: 'i',
    dir: `/s/${id}`,
    workspaceFiles: [],
    testFiles: [],
    solutionFiles: [],
    wrongFiles: [],
    grading: { kind: 'tests', command: 'true', timeoutSec: 1 },
    version,
  };
}

const suite: Suite = { name: 'mini', dir: '/s', version: 'aaaaaaaaaaaa', tasks: [task('a', '111111111111'), task('b', '222222222222')], templates: [] };

async function withRun(store: Store, r: Run = run()): Promise<Run> {
  await store.saveAgent(r.agent, r.agentKind, r.startedAt);
  await store.createRun(r);
  return r;
}

for (const kind of ['memory', 'file', 'postgres'] as const) {
  const open = async (): Promise<Store> =>
    kind === 'postgres' ? openPostgres() : Store.open(createSqliteDialect(kind === 'memory' ? ':memory:' : join(mkdtempSync(join(root, 'db-')), 'b.db')));
  const test = kind === 'postgres' && !pgReachable ? skipPostgres : nodeTest;

  test(`[${kind}] createRun / getRun round trip`, async () => {
    const store = await open();
    try {
      const r = await withRun(store);
      assert.deepEqual(await store.getRun('run_1'), r);
      assert.equal(await store.getRun('run_nope'), undefined);
      await store.setRunStatus('run_1', 'completed', '2026-01-10T07:00:00.000Z');
      assert.deepEqual(await store.getRun('run_1'), { ...r, status: 'completed', finishedAt: '2026-01-10T07:00:00.000Z' });
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] recordAttempt is idempotent by (run, task, trial) and keeps the first record`, async () => {
    const store = await open();
    try {
      await withRun(store);
      const a = attempt();
      assert.equal(await store.recordAttempt(a), true);
      assert.equal(await store.recordAttempt({ ...a, outcome: 'fail', testOutput: 'second' }), false);
      assert.equal(await store.recordAttempt(attempt({ trial: 2 })), true);
      assert.equal(await store.recordAttempt(attempt({ taskId: 'b' })), true);
      const rows = await store.attemptsOfRun('run_1');
      assert.equal(rows.length, 3);
      assert.deepEqual(rows[0], a, 'the first record is kept, every field round-trips');
      assert.deepEqual(
        rows.map((x) => plannedKey(x)),
        ['a#1', 'a#2', 'b#1'],
      );
      assert.deepEqual([...(await store.recordedKeys('run_1'))].sort(), ['a#1', 'a#2', 'b#1']);
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] fractional durations are rounded; nulls round-trip`, async () => {
    const store = await open();
    try {
      await withRun(store);
      await store.recordAttempt(attempt({ durationMs: 10.6, agentMs: 3.2, testMs: 0.5, costUsd: null, turns: null, model: null, agentVersion: null, testOutput: null, transcript: null, answer: 'buggy', outcome: 'error', errorMessage: 'x' }));
      const [a] = await store.attemptsOfRun('run_1');
      assert.equal(a!.durationMs, 11);
      assert.equal(a!.agentMs, 3);
      assert.equal(a!.costUsd, null);
      assert.equal(a!.turns, null);
      assert.equal(a!.answer, 'buggy');
      assert.equal(a!.outcome, 'error');
      assert.equal(a!.errorMessage, 'x');
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] migrations run twice without harm`, async () => {
    const store = await open();
    try {
      await withRun(store);
      await store.migrate();
      await store.migrate();
      assert.equal((await store.getRun('run_1'))?.id, 'run_1');
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] saveSuite is idempotent`, async () => {
    const store = await open();
    try {
      await store.saveSuite(suite, '2026-01-01T00:00:00.000Z');
      await store.saveSuite(suite, '2026-01-02T00:00:00.000Z');
      const suites = await store.db.selectFrom('suites').selectAll().execute();
      assert.deepEqual(suites, [{ name: 'mini', version: 'aaaaaaaaaaaa', dir: '/s', task_count: 2, created_at: '2026-01-01T00:00:00.000Z' }]);
      assert.equal((await store.db.selectFrom('tasks').selectAll().execute()).length, 2);
      const v2: Suite = { ...suite, version: 'bbbbbbbbbbbb', tasks: [task('a', '111111111111'), task('b', '333333333333')] };
      await store.saveSuite(v2, '2026-01-03T00:00:00.000Z');
      assert.equal((await store.db.selectFrom('suites').selectAll().execute()).length, 2);
      assert.equal((await store.db.selectFrom('tasks').selectAll().execute()).length, 3, 'only the changed task is new');
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] unfinishedRuns: not completed, newest first, optionally for one day, per agent`, async () => {
    const store = await open();
    try {
      await withRun(store, run({ id: 'r1', date: '2026-01-01', startedAt: '2026-01-01T06:00:00Z' }));
      await withRun(store, run({ id: 'r2', date: '2026-01-02', startedAt: '2026-01-02T06:00:00Z', status: 'interrupted' }));
      await withRun(store, run({ id: 'r3', date: '2026-01-03', startedAt: '2026-01-03T06:00:00Z' }));
      await withRun(store, run({ id: 'other', agent: 'other', date: '2026-01-02', startedAt: '2026-01-05T06:00:00Z' }));
      await store.setRunStatus('r3', 'completed', '2026-01-03T07:00:00Z');
      assert.deepEqual((await store.unfinishedRuns('sim')).map((r) => r.id), ['r2', 'r1']);
      assert.deepEqual((await store.unfinishedRuns('sim', '2026-01-02')).map((r) => r.id), ['r2']);
      assert.deepEqual((await store.unfinishedRuns('sim', '2026-01-03')).map((r) => r.id), []);
      assert.deepEqual((await store.unfinishedRuns('nobody')).map((r) => r.id), []);
      assert.deepEqual((await store.listRuns('sim')).map((r) => r.id), ['r1', 'r2', 'r3']);
      assert.deepEqual(await store.agentsWithRuns(), ['other', 'sim']);
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] datedAttempts filters by the run's day and joins it`, async () => {
    const store = await open();
    try {
      for (const [id, date] of [
        ['d1', '2026-01-01'],
        ['d2', '2026-01-02'],
        ['d3', '2026-01-03'],
      ] as const) {
        await withRun(store, run({ id, date, startedAt: `${date}T06:00:00Z` }));
        await store.recordAttempt(attempt({ runId: id, taskId: 'b', startedAt: '1999-01-01T00:00:00Z' }));
        await store.recordAttempt(attempt({ runId: id, taskId: 'a', outcome: 'fail' }));
      }
      await withRun(store, run({ id: 'x', agent: 'other', date: '2026-01-02' }));
      await store.recordAttempt(attempt({ runId: 'x' }));

      const all = await store.datedAttempts('sim');
      assert.deepEqual(
        all.map((a) => [a.date, a.taskId, a.agent, a.runId]),
        [
          ['2026-01-01', 'a', 'sim', 'd1'],
          ['2026-01-01', 'b', 'sim', 'd1'],
          ['2026-01-02', 'a', 'sim', 'd2'],
          ['2026-01-02', 'b', 'sim', 'd2'],
          ['2026-01-03', 'a', 'sim', 'd3'],
          ['2026-01-03', 'b', 'sim', 'd3'],
        ],
      );
      assert.deepEqual((await store.datedAttempts('sim', { from: '2026-01-02' })).map((a) => a.date), ['2026-01-02', '2026-01-02', '2026-01-03', '2026-01-03']);
      assert.deepEqual((await store.datedAttempts('sim', { to: '2026-01-01' })).map((a) => a.date), ['2026-01-01', '2026-01-01']);
      assert.deepEqual((await store.datedAttempts('sim', { from: '2026-01-02', to: '2026-01-02' })).map((a) => a.runId), ['d2', 'd2']);
      assert.deepEqual(await store.datedAttempts('sim', { from: '2026-02-01' }), []);
      const first = all[0]!;
      assert.deepEqual(first, { ...attempt({ runId: 'd1', outcome: 'fail' }), date: '2026-01-01', agent: 'sim' });
    } finally {
      await store.close();
    }
  });

  test(`[${kind}] an attempt of an unknown run is refused (foreign key)`, async () => {
    const store = await open();
    try {
      await assert.rejects(store.recordAttempt(attempt({ runId: 'ghost' })), /FOREIGN KEY|foreign key/);
    } finally {
      await store.close();
    }
  });
}

test('a file database keeps its data across connections', async () => {
  const file = join(mkdtempSync(join(root, 'db-')), 'persist.db');
  const s1 = await Store.open(createSqliteDialect(file));
  await withRun(s1);
  await s1.recordAttempt(attempt());
  await s1.close();
  const s2 = await Store.open(createSqliteDialect(file, { mustExist: true }));
  try {
    assert.equal((await s2.attemptsOfRun('run_1')).length, 1);
    assert.equal(await s2.recordAttempt(attempt()), false);
  } finally {
    await s2.close();
  }
});
