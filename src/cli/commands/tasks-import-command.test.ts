import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { systemClock } from '../../core/clock.js';
import { BarometerError } from '../../core/errors.js';
import type { CliContext } from '../cli-context.js';
import { registerTasksImportCommand } from './tasks-import-command.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-tasks-import-cli-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Runs `barometer tasks import …` in-process, mapping errors to exit codes as run-cli.ts does. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const ctx: CliContext = { cwd: root, env: { PATH: process.env.PATH }, stdout: out, stderr: err, clock: systemClock, cores: 2, signal: new AbortController().signal };
  const program = new Command('barometer').exitOverride().configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });
  const tasks = program.command('tasks').exitOverride();
  registerTasksImportCommand(tasks, ctx);
  for (const c of tasks.commands) c.exitOverride();
  let code = 0;
  try {
    await program.parseAsync(['tasks', 'import', ...args], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) code = 2;
    else if (e instanceof BarometerError) {
      stderr += `barometer: ${e.message}\n`;
      code = e.exitCode;
    } else throw e;
  }
  return { code, stdout, stderr };
}

// A problem written for this test in HumanEval's shape.
const good = JSON.stringify({ task_id: 'Mine/1', prompt: 'def one():\n    """Return 1."""\n', entry_point: 'one', canonical_solution: '    return 1\n', test: '\n\ndef check(candidate):\n    assert candidate() == 1\n' });
writeFileSync(join(root, 'good.jsonl'), `${good}\n{broken\n`);
writeFileSync(join(root, 'bad.jsonl'), '{broken\n');

test('imports, lists what was skipped with its line, and says how to validate', async () => {
  const r = await cli(['humaneval', 'good.jsonl', '--out', 'suite']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^imported mine-1 +from line 1 \(Mine\/1\)$/m);
  assert.match(r.stdout, /^skipped  line 2: not valid JSON/m);
  assert.match(r.stdout, /1 humaneval tasks imported into .*suite, 1 skipped/);
  assert.match(r.stdout, /barometer tasks validate --suite .*suite/);
});

test('--json prints the result', async () => {
  const r = await cli(['humaneval', 'good.jsonl', '--out', 'suite-json', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { imported: { id: string }[]; skipped: { source: string }[] };
  assert.deepEqual(doc.imported.map((t) => t.id), ['mine-1']);
  assert.deepEqual(doc.skipped.map((s) => s.source), ['line 2']);
});

test('usage errors exit 2 and say how to fix them; nothing imported exits 1', async () => {
  const noOut = await cli(['humaneval', 'good.jsonl']);
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /missing --out <dir>: name the directory to write the humaneval tasks into/);
  const unknown = await cli(['apps', 'good.jsonl', '--out', 'x']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown import format "apps": use one of humaneval, mbpp, swe-bench, harbor/);
  mkdirSync(join(root, 'full'));
  writeFileSync(join(root, 'full', 'keep.txt'), 'x');
  const full = await cli(['humaneval', 'good.jsonl', '--out', 'full']);
  assert.equal(full.code, 2);
  assert.match(full.stderr, /is not empty: .* or pass --force/);
  assert.equal((await cli(['humaneval', 'good.jsonl', '--out', 'full', '--force'])).code, 0);
  const timeout = await cli(['humaneval', 'good.jsonl', '--out', 'y', '--timeout', '5']);
  assert.equal(timeout.code, 2);
  assert.match(timeout.stderr, /--timeout only applies to swe-bench/);
  const none = await cli(['humaneval', 'bad.jsonl', '--out', 'empty']);
  assert.equal(none.code, 1);
  assert.match(none.stdout, /skipped  line 1: not valid JSON/);
  assert.match(none.stderr, /no task could be imported from .*bad.jsonl \(1 skipped/);
});
