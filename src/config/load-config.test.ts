import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarometerError } from '../core/errors.js';
import { DEFAULT_CONFIG_FILE, loadConfig, resolveDatabase } from './load-config.js';
import { interpolateEnv } from './interpolate-env.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-config-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Deep-equal on the keys of `expected` only, so the test survives new config fields with defaults. */
function assertSubset(actual: unknown, expected: Record<string, unknown>, where = 'config'): void {
  assert.ok(actual !== null && typeof actual === 'object', `${where} is an object`);
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, (actual as Record<string, unknown>)[k]]));
  assert.deepEqual(picked, expected, where);
}

let counter = 0;
/** A fresh directory holding `name` with `text`; returns the directory. */
function dirWith(name: string, text: string): string {
  const dir = join(root, `case-${++counter}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  return dir;
}

/** Asserts that `fn` throws a BarometerError with the given code, exit code 2 and a message matching all patterns. */
function assertConfigError(fn: () => unknown, code: 'CONFIG_INVALID' | 'CONFIG_NOT_FOUND', ...patterns: (RegExp | string)[]): BarometerError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof BarometerError, `expected a BarometerError, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(caught.exitCode, 2);
  for (const p of patterns) {
    if (typeof p === 'string') assert.ok(caught.message.includes(p), `message ${JSON.stringify(caught.message)} should include ${JSON.stringify(p)}`);
    else assert.match(caught.message, p);
  }
  return caught;
}

const YAML = `database: ./data/results.db
suite: mine
suites:
  mine: ./tasks
tasksPerDay: 5
trials: 3
concurrency: 2
seed: 42
testTimeoutSec: 20
baseline:
  from: 2026-01-01
  to: 2026-01-14
agents:
  - name: sim
    kind: simulated
    seed: 7
    skill:
      generation: 0.8
    changes:
      - from: 2026-02-01
        skillDelta: -0.1
  - name: cli
    kind: command
    command: ["my-agent", "--prompt-file", "{promptFile}"]
    promptVia: file
    timeoutSec: 120
    env:
      TOKEN: abc
`;

const JSON_TEXT = JSON.stringify({
  database: './data/results.db',
  suite: 'mine',
  suites: { mine: './tasks' },
  tasksPerDay: 5,
  trials: 3,
  concurrency: 2,
  seed: 42,
  testTimeoutSec: 20,
  baseline: { from: '2026-01-01', to: '2026-01-14' },
  agents: [
    { name: 'sim', kind: 'simulated', seed: 7, skill: { generation: 0.8 }, changes: [{ from: '2026-02-01', skillDelta: -0.1 }] },
    { name: 'cli', kind: 'command', command: ['my-agent', '--prompt-file', '{promptFile}'], promptVia: 'file', timeoutSec: 120, env: { TOKEN: 'abc' } },
  ],
});

test('a valid YAML file loads with every value and the defaults filled in', () => {
  const dir = dirWith('barometer.yaml', YAML);
  const c = loadConfig({ file: 'barometer.yaml', env: {}, cwd: dir });
  assert.equal(c.file, join(dir, 'barometer.yaml'));
  assert.equal(c.baseDir, dir);
  assert.equal(c.database, join(dir, 'data', 'results.db'));
  assert.equal(c.suite, 'mine');
  assert.deepEqual(c.suites, { mine: join(dir, 'tasks') });
  assert.equal(c.tasksPerDay, 5);
  assert.equal(c.trials, 3);
  assert.equal(c.concurrency, 2);
  assert.equal(c.seed, 42);
  assert.equal(c.testTimeoutSec, 20);
  assert.deepEqual(c.baseline, { from: '2026-01-01', to: '2026-01-14' });
  assert.equal(c.agents.length, 2);
  assertSubset(c.agents[0], {
    name: 'sim',
    kind: 'simulated',
    timeoutSec: 900,
    env: {},
    seed: 7,
    skill: { generation: 0.8 },
    version: '1.0.0',
    model: 'sim-model-1',
    errorRate: 0.01,
    latencyMs: 0,
    changes: [{ from: '2026-02-01', skillDelta: -0.1 }],
  });
  assertSubset(c.agents[1], {
    name: 'cli',
    kind: 'command',
    command: ['my-agent', '--prompt-file', '{promptFile}'],
    promptVia: 'file',
    timeoutSec: 120,
    env: { TOKEN: 'abc' },
    passEnv: [],
    onNonZeroExit: 'error',
  });
});

test('the same configuration written as JSON loads to the same value', () => {
  const yamlDir = dirWith('barometer.yaml', YAML);
  const jsonDir = dirWith('barometer.json', JSON_TEXT);
  const fromYaml = loadConfig({ file: 'barometer.yaml', env: {}, cwd: yamlDir });
  const fromJson = loadConfig({ file: 'barometer.json', env: {}, cwd: jsonDir });
  const strip = (c: typeof fromYaml) => ({ ...c, file: null, baseDir: '', database: c.database.slice(c.baseDir.length), suites: {} });
  assert.deepEqual(strip(fromJson), strip(fromYaml));
  assert.equal(fromJson.database, join(jsonDir, 'data', 'results.db'));
});

test('an empty file gives every default', () => {
  const dir = dirWith(DEFAULT_CONFIG_FILE, '');
  const c = loadConfig({ env: {}, cwd: dir });
  assertSubset(c, {
    database: join(dir, 'barometer.db'),
    suite: 'builtin',
    suites: {},
    tasksPerDay: undefined,
    trials: 1,
    concurrency: undefined,
    seed: 0,
    testTimeoutSec: undefined,
    baseline: { days: 14 },
    agents: [],
    file: join(dir, DEFAULT_CONFIG_FILE),
    baseDir: dir,
  });
});

test('the result is deeply frozen', () => {
  const dir = dirWith('c.yaml', YAML);
  const c = loadConfig({ file: 'c.yaml', env: {}, cwd: dir });
  assert.ok(Object.isFrozen(c));
  assert.ok(Object.isFrozen(c.agents));
  assert.ok(Object.isFrozen(c.agents[0]));
  assert.ok(Object.isFrozen(c.agents[1]!.env));
  assert.ok(Object.isFrozen(c.baseline));
  assert.ok(Object.isFrozen(c.suites));
  assert.throws(() => {
    (c as { trials: number }).trials = 9;
  }, TypeError);
  assert.throws(() => {
    (c.agents as unknown as unknown[]).push({});
  }, TypeError);
});

test('${VAR} and ${VAR:-default} are interpolated from the given env, and $$ is a literal $', () => {
  const dir = dirWith(
    'c.yaml',
    `database: \${DB_PATH:-./fallback.db}
suite: "\${SUITE}"
agents:
  - name: cli
    kind: command
    command: ["run", "price$$5", "$\${NOT_A_VAR}"]
    env:
      KEY: "\${SECRET}-x"
      EMPTY: "\${EMPTY_DEFAULT:-}"
`,
  );
  const c = loadConfig({ file: 'c.yaml', env: { SUITE: 'from-env', SECRET: 's3cr3t' }, cwd: dir });
  assert.equal(c.database, join(dir, 'fallback.db'));
  assert.equal(c.suite, 'from-env');
  const cli = c.agents[0]!;
  assert.equal(cli.kind, 'command');
  if (cli.kind !== 'command') return;
  assert.deepEqual(cli.command, ['run', 'price$5', '${NOT_A_VAR}']);
  assert.deepEqual(cli.env, { KEY: 's3cr3t-x', EMPTY: '' });
  const withDb = loadConfig({ file: 'c.yaml', env: { SUITE: 's', SECRET: 'x', DB_PATH: '/abs/db.sqlite' }, cwd: dir });
  assert.equal(withDb.database, '/abs/db.sqlite');
});

test('an environment value cannot change the document structure', () => {
  const dir = dirWith('c.yaml', 'suite: ${S}\n');
  const c = loadConfig({ file: 'c.yaml', env: { S: 'x\ntrials: 5' }, cwd: dir });
  assert.equal(c.suite, 'x\ntrials: 5');
  assert.equal(c.trials, 1);
});

test('an unset variable names the file, the path and the variable', () => {
  const dir = dirWith('c.yaml', 'agents:\n  - name: a\n    kind: simulated\n  - name: b\n    kind: command\n    command: [x]\n    env:\n      K: ${NOPE}\n');
  assertConfigError(
    () => loadConfig({ file: 'c.yaml', env: { OTHER: '1' }, cwd: dir }),
    'CONFIG_INVALID',
    `${join(dir, 'c.yaml')}: agents[1].env.K: environment variable NOPE is not set`,
  );
});

test('interpolateEnv: nested arrays and objects, non-strings untouched', () => {
  const out = interpolateEnv({ a: ['${X}', 1, true, null, { b: 'p${X}q' }] }, { X: 'v' }, 'src');
  assert.deepEqual(out, { a: ['v', 1, true, null, { b: 'pvq' }] });
});

test('a wrong type names the file and the path like agents[1].timeoutSec', () => {
  const dir = dirWith('c.yaml', 'agents:\n  - name: a\n    kind: simulated\n  - name: b\n    kind: simulated\n    timeoutSec: "slow"\n');
  const err = assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID');
  assert.equal(err.message, `${join(dir, 'c.yaml')}: agents[1].timeoutSec: expected number, received string`);
});

test('an out-of-range value names its path', () => {
  const dir = dirWith('c.yaml', 'trials: 0\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', `${join(dir, 'c.yaml')}: trials: `);
});

test('an invalid calendar day in a baseline is rejected', () => {
  const dir = dirWith('c.yaml', 'baseline: {from: 2026-02-30, to: 2026-03-10}\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', 'baseline.from: expected a date written YYYY-MM-DD');
});

test('an unknown key at the root or in an agent is named', () => {
  const dir = dirWith('c.yaml', 'trails: 3\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', `${join(dir, 'c.yaml')}: <root>: unknown key "trails"`);
  const dir2 = dirWith('c.yaml', 'agents:\n  - name: a\n    kind: simulated\n    skil: {}\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir2 }), 'CONFIG_INVALID', 'agents[0]: unknown key "skil"');
});

test('an unknown agent kind names agents[i].kind', () => {
  const dir = dirWith('c.yaml', 'agents:\n  - name: a\n    kind: telepathic\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', 'agents[0].kind:');
});

test('duplicate agent names are rejected naming both positions', () => {
  const dir = dirWith('c.yaml', 'agents:\n  - name: a\n    kind: simulated\n  - name: b\n    kind: simulated\n  - name: a\n    kind: simulated\n');
  assertConfigError(
    () => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }),
    'CONFIG_INVALID',
    `${join(dir, 'c.yaml')}: agents[2].name: duplicate agent name "a" (also agents[0])`,
  );
});

test('a YAML syntax error gives the file, line and column', () => {
  const dir = dirWith('c.yaml', 'trials: 2\nseed: [1, 2\nsuite: x\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', `${join(dir, 'c.yaml')}: line `, /line \d+, column \d+: /);
  const dir2 = dirWith('c.yaml', 'trials: 2\n  seed: [\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir2 }), 'CONFIG_INVALID', `${join(dir2, 'c.yaml')}: line 1, column 9: `);
});

test('duplicate keys in YAML are a syntax error with a position', () => {
  const dir = dirWith('c.yaml', 'trials: 1\ntrials: 2\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', 'line 2, column 1: Map keys must be unique');
});

test('invalid JSON is reported with a position too', () => {
  const dir = dirWith('c.json', '{"trials": 2,, }');
  assertConfigError(() => loadConfig({ file: 'c.json', env: {}, cwd: dir }), 'CONFIG_INVALID', /line 1, column \d+/);
});

test('a document that is not a mapping is rejected at <root>', () => {
  const dir = dirWith('c.yaml', '- 1\n- 2\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: {}, cwd: dir }), 'CONFIG_INVALID', '<root>: expected object, received array');
});

test('a missing explicit file is CONFIG_NOT_FOUND naming the absolute path, even when optional', () => {
  const dir = dirWith('other.yaml', '');
  const e1 = assertConfigError(() => loadConfig({ file: 'nope.yaml', env: {}, cwd: dir }), 'CONFIG_NOT_FOUND');
  assert.equal(e1.message, `config file ${join(dir, 'nope.yaml')} does not exist (create one with \`barometer init\`)`);
  assertConfigError(() => loadConfig({ file: 'nope.yaml', env: {}, cwd: dir, optional: true }), 'CONFIG_NOT_FOUND', join(dir, 'nope.yaml'));
});

test('a missing default file is CONFIG_NOT_FOUND unless optional, then defaults are used', () => {
  const dir = dirWith('unrelated.txt', '');
  assertConfigError(() => loadConfig({ env: {}, cwd: dir }), 'CONFIG_NOT_FOUND', `no ${DEFAULT_CONFIG_FILE} in ${dir}`);
  const c = loadConfig({ env: {}, cwd: dir, optional: true });
  assert.equal(c.file, null);
  assert.equal(c.baseDir, dir);
  assert.equal(c.database, join(dir, 'barometer.db'));
  assert.deepEqual(c.agents, []);
  assert.ok(Object.isFrozen(c));
});

test('the default file is found in cwd without --config', () => {
  const dir = dirWith(DEFAULT_CONFIG_FILE, 'trials: 4\n');
  const c = loadConfig({ env: {}, cwd: dir });
  assert.equal(c.trials, 4);
  assert.equal(c.file, join(dir, DEFAULT_CONFIG_FILE));
});

test('the file database is resolved against the config directory, --db against cwd', () => {
  const cwd = dirWith('x', '');
  mkdirSync(join(cwd, 'conf'));
  writeFileSync(join(cwd, 'conf', 'b.yaml'), 'database: ./sub/r.db\nsuites:\n  s: ../tasks\n');
  const c = loadConfig({ file: 'conf/b.yaml', env: {}, cwd });
  assert.equal(c.baseDir, join(cwd, 'conf'));
  assert.equal(c.database, join(cwd, 'conf', 'sub', 'r.db'));
  assert.deepEqual(c.suites, { s: join(cwd, 'tasks') });
  const withDb = loadConfig({ file: 'conf/b.yaml', env: {}, cwd, db: 'other.db' });
  assert.equal(withDb.database, join(cwd, 'other.db'));
});

test('postgres URLs and :memory: are kept as they are', () => {
  const dir = dirWith('c.yaml', 'database: postgres://u:p@db.example:5432/baro\n');
  assert.equal(loadConfig({ file: 'c.yaml', env: {}, cwd: dir }).database, 'postgres://u:p@db.example:5432/baro');
  assert.equal(loadConfig({ file: 'c.yaml', env: {}, cwd: dir, db: 'postgresql://h/x' }).database, 'postgresql://h/x');
  assert.equal(loadConfig({ file: 'c.yaml', env: {}, cwd: dir, db: ':memory:' }).database, ':memory:');
  assert.equal(resolveDatabase('postgres://a/b', '/base'), 'postgres://a/b');
  assert.equal(resolveDatabase('x.db', '/base'), '/base/x.db');
  assert.equal(resolveDatabase('/abs/x.db', '/base'), '/abs/x.db');
});

test('a variable set to the empty string counts as unset (so a blank secret is caught early)', () => {
  const dir = dirWith('c.yaml', 'suite: ${E}\ndatabase: ${E:-d.db}\n');
  assertConfigError(() => loadConfig({ file: 'c.yaml', env: { E: '' }, cwd: dir }), 'CONFIG_INVALID', 'suite: environment variable E is not set');
  const dir2 = dirWith('c.yaml', 'database: ${E:-d.db}\n');
  assert.equal(loadConfig({ file: 'c.yaml', env: { E: '' }, cwd: dir2 }).database, join(dir2, 'd.db'));
});

test('a relative suite directory in the file is resolved against the config directory, like suites and database', () => {
  const cwd = dirWith('x', '');
  mkdirSync(join(cwd, 'conf'));
  writeFileSync(join(cwd, 'conf', 'b.yaml'), 'suite: ./tasks\n');
  const c = loadConfig({ file: 'conf/b.yaml', env: {}, cwd });
  assert.equal(c.suite, join(cwd, 'conf', 'tasks'));
});
