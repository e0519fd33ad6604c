import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { barometer, tempDir } from './support/cli.js';

// The same CLI on PostgreSQL (on every developer and CI machine at 127.0.0.1:5432).
const PG_URL = process.env.BAROMETER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
const reachable = await admin.query('select 1').then(
  () => true,
  () => false,
);
const schema = `barometer_cli_${process.pid}`;
after(async () => {
  await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await admin.end();
});

test('run, resume and report against PostgreSQL with the same queries', { skip: reachable ? false : `PostgreSQL is not reachable at ${PG_URL}` }, () => {
  const { dir, cleanup } = tempDir('pg');
  try {
    const db = `${PG_URL}?schema=${schema}`;
    writeFileSync(join(dir, 'barometer.config.yaml'), `database: "${db}"\nagents:\n  - name: sim\n    kind: simulated\n    errorRate: 0\n`);
    const first = barometer(['run', '--agent', 'sim', '--tasks', '8', '--date', '2026-11-01', '--json'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).attempts.length, 8);
    // A budget stop leaves an unfinished run that --resume completes without duplicates.
    const stopped = barometer(['run', '--agent', 'sim', '--tasks', '8', '--date', '2026-11-02', '--concurrency', '1', '--max-cost', '0.05'], { cwd: dir });
    assert.equal(stopped.code, 1, stopped.stderr);
    const resumed = barometer(['run', '--agent', 'sim', '--resume', '--json'], { cwd: dir });
    assert.equal(resumed.code, 0, resumed.stderr);
    const keys = JSON.parse(resumed.stdout).attempts.map((a: { taskId: string; trial: number }) => `${a.taskId}#${a.trial}`);
    assert.equal(new Set(keys).size, 8);
    const report = JSON.parse(barometer(['report', '--json'], { cwd: dir }).stdout).agents[0];
    assert.equal(report.agent, 'sim');
    assert.equal(report.baseline.n, 16);
    assert.equal(report.days, 2);
    const status = barometer(['status', '--json'], { cwd: dir });
    assert.equal(status.code, 0, status.stderr);
    assert.equal(JSON.parse(status.stdout).agents[0].status, 'insufficient-data');
  } finally {
    cleanup();
  }
});
