import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barometer, ROOT, tempDir } from './support/cli.js';

const SIM_CONFIG = `
database: ./results.db
agents:
  - name: sim
    kind: simulated
    seed: 3
    errorRate: 0
  - name: echo
    kind: command
    command: ["sh", "-c", "cat > /dev/null; echo done"]
`;

test('init writes a commented config that loads, and refuses to overwrite it', () => {
  const { dir, cleanup } = tempDir('init');
  try {
    const r = barometer(['init'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(dir, 'barometer.config.yaml'), 'utf8');
    assert.match(text, /^# barometer\.config\.yaml/m);
    assert.match(text, /name: my-agent/);
    const again = barometer(['init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists.*--force/);
    const list = barometer(['tasks', 'list', '--json'], { cwd: dir });
    assert.equal(list.code, 0, list.stderr);
  } finally {
    cleanup();
  }
});

test('run --json prints one record with every attempt, and report --json the windows', () => {
  const { dir, cleanup } = tempDir('run');
  try {
    writeFileSync(join(dir, 'barometer.config.yaml'), SIM_CONFIG);
    const r = barometer(['run', '--agent', 'sim', '--tasks', '6', '--trials', '2', '--date', '2026-11-02', '--json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.schemaVersion, 1);
    assert.equal(doc.run.agent, 'sim');
    assert.equal(doc.run.date, '2026-11-02');
    assert.equal(doc.run.status, 'completed');
    assert.match(doc.run.suiteVersion, /^[0-9a-f]{12}$/);
    assert.equal(doc.attempts.length, 12);
    assert.equal(doc.counts.pass + doc.counts.fail + doc.counts.error, 12);
    assert.equal(doc.counts.error, 0);
    assert.ok(doc.counts.pass > 0 && doc.counts.fail > 0, `a mix of outcomes expected: ${JSON.stringify(doc.counts)}`);
    for (const a of doc.attempts) {
      assert.ok(['pass', 'fail'].includes(a.outcome));
      assert.equal(typeof a.taskId, 'string');
      assert.ok(a.trial === 1 || a.trial === 2);
      assert.equal(typeof a.durationMs, 'number');
      assert.deepEqual(Object.keys(a.usage).sort(), ['cacheReadTokens', 'cacheWriteTokens', 'inputTokens', 'outputTokens']);
      assert.ok(a.usage.inputTokens > 0);
      assert.ok(a.costUsd > 0);
      assert.ok(a.turns >= 2);
      assert.equal(a.toolCalls.Write, 1);
      assert.equal(a.model, 'sim-model-1');
      assert.equal(a.agentVersion, '1.0.0');
    }
    // The same day picks the same tasks again.
    const again = barometer(['run', '--agent', 'sim', '--tasks', '6', '--date', '2026-11-02', '--json'], { cwd: dir });
    const ids = (d: { attempts: { taskId: string }[] }) => [...new Set(d.attempts.map((a) => a.taskId))].sort();
    assert.deepEqual(ids(JSON.parse(again.stdout)), ids(doc));

    const rep = barometer(['report', '--agent', 'sim', '--json'], { cwd: dir });
    assert.equal(rep.code, 0, rep.stderr);
    const report = JSON.parse(rep.stdout);
    assert.equal(report.agents.length, 1);
    const a = report.agents[0];
    assert.equal(a.agent, 'sim');
    assert.equal(a.windows['1d'].n, 18);
    assert.equal(a.baseline.n, 18);
    for (const w of ['1d', '7d', '30d']) {
      const s = a.windows[w];
      assert.ok(s.lower <= s.rate && s.rate <= s.upper, `${w}: ${JSON.stringify(s)}`);
      assert.equal(s.errors, 0);
    }
    const text = barometer(['report'], { cwd: dir });
    assert.equal(text.code, 0);
    assert.match(text.stdout, /sim\s+\(as of 2026-11-02/);
    assert.match(text.stdout, /7d\s+\d+\.\d%\s+\[/);
  } finally {
    cleanup();
  }
});

test('a command agent runs in the workspace and its failure to solve is a fail, not an error', () => {
  const { dir, cleanup } = tempDir('cmd');
  try {
    writeFileSync(join(dir, 'barometer.config.yaml'), SIM_CONFIG);
    const r = barometer(['run', '--agent', 'echo', '--tasks', '3', '--json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.counts.fail, 3);
    assert.match(doc.attempts[0].transcript, /done/);
  } finally {
    cleanup();
  }
});

test('user errors print one line without a stack trace and exit 2', () => {
  const { dir, cleanup } = tempDir('errors');
  try {
    const cases: { name: string; config?: string; args: string[]; expect: RegExp }[] = [
      {
        name: 'wrong type in the config',
        config: 'agents:\n  - name: a\n    kind: simulated\n  - name: b\n    kind: simulated\n    timeoutSec: soon\n',
        args: ['run', '--agent', 'a'],
        expect: /barometer\.config\.yaml: agents\[1\]\.timeoutSec: expected number, received string/,
      },
      { name: 'unknown key', config: 'databse: x.db\n', args: ['report'], expect: /unknown key "databse"/ },
      { name: 'unknown agent', config: SIM_CONFIG, args: ['run', '--agent', 'nope'], expect: /unknown agent "nope".*defines sim, echo/ },
      { name: 'missing config', args: ['run', '--agent', 'sim'], expect: /no barometer\.config\.yaml .*barometer init/ },
      { name: 'missing database directory', config: SIM_CONFIG, args: ['run', '--agent', 'sim', '--db', 'no/such/dir/x.db'], expect: /database directory .*no\/such\/dir does not exist/ },
      { name: 'missing database for report', config: SIM_CONFIG, args: ['report', '--db', 'absent.db'], expect: /no database at .*absent\.db/ },
      { name: 'bad date', config: SIM_CONFIG, args: ['run', '--agent', 'sim', '--date', '2026-02-30'], expect: /expected a date written YYYY-MM-DD/ },
      { name: 'unknown option', config: SIM_CONFIG, args: ['run', '--agent', 'sim', '--bogus'], expect: /unknown option '--bogus'/ },
      { name: 'unknown suite', config: SIM_CONFIG, args: ['run', '--agent', 'sim', '--suite', 'nosuch'], expect: /unknown suite "nosuch"/ },
      {
        name: 'agent CLI missing',
        config: 'agents:\n  - name: cc\n    kind: claude-code\n    bin: ./no-such-claude\n',
        args: ['run', '--agent', 'cc', '--tasks', '1'],
        expect: /agent "cc": cannot run .*no-such-claude .*install Claude Code .* or set bin/,
      },
      { name: 'unset env var', config: 'database: ${BAROMETER_TEST_UNSET_VAR}\n', args: ['report'], expect: /database: environment variable BAROMETER_TEST_UNSET_VAR is not set/ },
    ];
    for (const c of cases) {
      rmSync(join(dir, 'barometer.config.yaml'), { force: true });
      if (c.config) writeFileSync(join(dir, 'barometer.config.yaml'), c.config);
      const r = barometer(c.args, { cwd: dir });
      assert.equal(r.code, 2, `${c.name}: exit ${r.code}\n${r.stderr}`);
      assert.match(r.stderr, c.expect, c.name);
      assert.doesNotMatch(r.stderr, /\n\s+at /, `${c.name}: no stack trace`);
    }
  } finally {
    cleanup();
  }
});

test('a task directory missing its hidden tests is a one-line error with exit 2', () => {
  const { dir, cleanup } = tempDir('badtask');
  try {
    const suite = join(dir, 'suite');
    mkdirSync(suite);
    cpSync(join(ROOT, 'suites', 'builtin', 'gen-slugify'), join(suite, 'gen-slugify'), { recursive: true });
    rmSync(join(suite, 'gen-slugify', 'tests'), { recursive: true });
    const r = barometer(['tasks', 'validate', '--suite', suite], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /gen-slugify: missing its hidden tests/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(!existsSync(join(dir, 'barometer.db')));
  } finally {
    cleanup();
  }
});

test('a run stops starting attempts at its cost budget, says so, and can be finished with a bigger one', () => {
  const { dir, cleanup } = tempDir('budget');
  try {
    writeFileSync(join(dir, 'barometer.config.yaml'), SIM_CONFIG);
    const r = barometer(['run', '--agent', 'sim', '--date', '2026-11-03', '--tasks', '24', '--concurrency', '1', '--max-cost', '0.1'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /stopped: its cost \$0\.1\d reached the budget maxCostUsd \$0\.10 after \d of 24 attempts; raise the budget and finish it with --resume/);
    const done = (r.stderr.match(/^\[\d+\/24\]/gm) ?? []).length;
    assert.ok(done >= 2 && done <= 5, `stopped after ${done} attempts`);
    const resumed = barometer(['run', '--agent', 'sim', '--resume', '--max-cost', '100', '--json'], { cwd: dir });
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(JSON.parse(resumed.stdout).attempts.length, 24);
  } finally {
    cleanup();
  }
});

test('a changed task is a new suite version; the report says so and pairs only unchanged task versions', () => {
  const { dir, cleanup } = tempDir('versions');
  try {
    const suite = join(dir, 'mine');
    mkdirSync(suite);
    for (const id of ['gen-slugify', 'gen-chunk', 'comp-lru-cache']) cpSync(join(ROOT, 'suites', 'builtin', id), join(suite, id), { recursive: true });
    writeFileSync(join(dir, "barometer.config.yaml"), `suite: ./mine\nbaseline: { from: 2026-11-01, to: 2026-11-01 }\n${SIM_CONFIG}`);
    const first = JSON.parse(barometer(['run', '--agent', 'sim', '--date', '2026-11-01', '--json'], { cwd: dir }).stdout);
    writeFileSync(join(suite, 'gen-chunk', 'instruction.md'), `${readFileSync(join(suite, 'gen-chunk', 'instruction.md'), 'utf8')}\nBe careful.\n`);
    const second = JSON.parse(barometer(['run', '--agent', 'sim', '--date', '2026-11-10', '--json'], { cwd: dir }).stdout);
    assert.notEqual(first.run.suiteVersion, second.run.suiteVersion);
    const version = (doc: { attempts: { taskId: string; taskVersion: string }[] }, id: string) => doc.attempts.find((a) => a.taskId === id)!.taskVersion;
    assert.notEqual(version(first, 'gen-chunk'), version(second, 'gen-chunk'));
    assert.equal(version(first, 'gen-slugify'), version(second, 'gen-slugify'));
    const report = JSON.parse(barometer(['report', '--json', '--as-of', '2026-11-10'], { cwd: dir }).stdout).agents[0];
    assert.equal(report.versions.suiteChanges.length, 1);
    assert.equal(report.versions.sharedTasks, 2);
    assert.equal(report.windows['1d'].comparison.paired.tasks, 2);
    const text = barometer(['report'], { cwd: dir }).stdout;
    assert.match(text, /suite changed on 2026-11-10 .* the paired test uses the 2 task versions shared/);
  } finally {
    cleanup();
  }
});
