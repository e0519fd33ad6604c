import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { barometer, barometerAsync, tempDir } from './support/cli.js';

const CONFIG = `
database: ./results.db
concurrency: 3
agents:
  - name: slow
    kind: simulated
    latencyMs: 150
    errorRate: 0.05
`;

test('SIGKILL mid-run, then --resume: every planned attempt is recorded exactly once', async () => {
  const { dir, cleanup } = tempDir('kill');
  try {
    writeFileSync(join(dir, 'barometer.config.yaml'), CONFIG);
    const child = barometerAsync(['run', '--agent', 'slow', '--date', '2026-11-20', '--trials', '2', '--tasks', '12'], { cwd: dir });
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no progress seen:\n${log}`)), 30_000);
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        // Kill once a few attempts are recorded and others are surely in flight.
        if ((log.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 5) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`run ended before it was killed:\n${log}`)));
    });
    await new Promise((r) => child.once('close', r));

    const db = new Database(join(dir, 'results.db'), { readonly: true });
    const before = db.prepare('select count(*) as n from attempts').get() as { n: number };
    const run = db.prepare('select id, status, plan from runs').get() as { id: string; status: string; plan: string };
    db.close();
    const planned = (JSON.parse(run.plan) as unknown[]).length;
    assert.equal(run.status, 'running', 'a killed run is left unfinished');
    assert.ok(before.n >= 5 && before.n < planned, `partial run expected, got ${before.n}/${planned}`);

    // A new run of the same day is refused while this one is unfinished.
    const conflict = barometer(['run', '--agent', 'slow', '--date', '2026-11-20'], { cwd: dir });
    assert.equal(conflict.code, 2);
    assert.match(conflict.stderr, /unfinished run .* --resume/);

    const resumed = barometer(['run', '--agent', 'slow', '--resume', '--json'], { cwd: dir });
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, new RegExp(`resuming run ${run.id}: .* ${planned - before.n} of ${planned} attempts to go`));
    const doc = JSON.parse(resumed.stdout);
    assert.equal(doc.run.id, run.id);
    assert.equal(doc.run.status, 'completed');
    assert.equal(doc.attempts.length, planned);
    const keys = new Set(doc.attempts.map((a: { taskId: string; trial: number }) => `${a.taskId}#${a.trial}`));
    assert.equal(keys.size, planned, 'no duplicates');

    const after = new Database(join(dir, 'results.db'), { readonly: true });
    const rows = after.prepare("select count(*) as n, count(distinct task_id || '#' || trial) as d from attempts").get() as { n: number; d: number };
    after.close();
    assert.deepEqual(rows, { n: planned, d: planned });

    const nothing = barometer(['run', '--agent', 'slow', '--resume'], { cwd: dir });
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /nothing to resume/);
  } finally {
    cleanup();
  }
});

test('Ctrl-C (SIGINT) stops cleanly: the run is marked interrupted and exits 130', async () => {
  const { dir, cleanup } = tempDir('sigint');
  try {
    writeFileSync(join(dir, 'barometer.config.yaml'), CONFIG);
    const child = barometerAsync(['run', '--agent', 'slow', '--date', '2026-11-21', '--tasks', '12'], { cwd: dir });
    let log = '';
    let sent = false;
    child.stderr.on('data', (c: Buffer) => {
      log += c.toString();
      if (!sent && (log.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 3) {
        sent = true; // a second Ctrl-C would quit at once
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((r) => child.once('close', r));
    assert.equal(code, 130, log);
    assert.match(log, /interrupted after \d+ of \d+ attempts; finish it with --resume/);
    const db = new Database(join(dir, 'results.db'), { readonly: true });
    const run = db.prepare('select status from runs').get() as { status: string };
    db.close();
    assert.equal(run.status, 'interrupted');
  } finally {
    cleanup();
  }
});
