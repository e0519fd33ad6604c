import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SimulatedAgent, type SimulatedAgentOptions } from '../agents/simulated/simulated-agent.js';
import type { Attempt } from '../core/attempt.js';
import { fixedClock } from '../core/clock.js';
import { BarometerError } from '../core/errors.js';
import { GradeCache } from '../grading/grade-cache.js';
import { ProcessSandbox } from '../sandbox/process/process-sandbox.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { createSqliteDialect } from '../store/sqlite/sqlite-dialect.js';
import { plannedKey, Store } from '../store/store.js';
import { loadSuite } from '../suites/load-suite.js';
import { runAgent, HARNESS_VERSION, type RunAgentOptions } from './run-agent.js';
import type { RunProgress } from './run-progress.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-run-agent-test-'));
const wsBase = join(root, 'workspaces');
mkdirSync(wsBase);
after(() => rmSync(root, { recursive: true, force: true }));

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

const testsToml = (title: string, category: string) =>
  `title = "${title}"\ncategory = "${category}"\nlanguage = "javascript"\ndifficulty = "medium"\n[grading]\nkind = "tests"\ncommand = "node tests/check.mjs"\ntimeout_sec = 20\n`;

const suiteDir = join(root, 'mini');
writeTree(suiteDir, {
  'suite.toml': 'name = "mini"\n',
  'add/task.toml': testsToml('Add', 'generation'),
  'add/instruction.md': 'Implement add in add.mjs',
  'add/workspace/add.mjs': 'export const add = () => 0;\n',
  'add/tests/check.mjs': "import { add } from '../add.mjs';\nif (add(2, 3) !== 5) { console.error('add(2, 3) !== 5'); process.exit(1); }\nconsole.log('add ok');\n",
  'add/solution/add.mjs': 'export const add = (a, b) => a + b;\n',
  'add/wrong/add.mjs': 'export const add = (a, b) => a - b;\n',
  'mul/task.toml': testsToml('Mul', 'completion'),
  'mul/instruction.md': 'Complete mul in mul.mjs',
  'mul/workspace/mul.mjs': 'export const mul = () => 0;\n',
  'mul/tests/check.mjs': "import { mul } from '../mul.mjs';\nif (mul(2, 3) !== 6) process.exit(1);\nconsole.log('mul ok');\n",
  'mul/solution/mul.mjs': 'export const mul = (a, b) => a * b;\n',
  'why/task.toml': `title = "Why"\ncategory = "understanding"\nlanguage = "javascript"\ndifficulty = "medium"\n[grading]\nkind = "answer"\nfile = "answer.txt"\nexpected = "buggy"\n`,
  'why/instruction.md': 'Is code.js buggy? Write buggy or not-buggy to answer.txt',
  'why/workspace/code.js': 'const x = 1;\n',
  'why/solution/answer.txt': 'buggy\n',
  'why/wrong/answer.txt': 'not-buggy\n',
});
const suite = loadSuite(suiteDir);

const simOptions: SimulatedAgentOptions = { name: 'sim', seed: 11, skill: { generation: 0.5, completion: 0.5, understanding: 0.5 }, version: '1.0.0', model: 'sim-1', errorRate: 0, latencyMs: 0, changes: [] };

/** A sandbox that counts exec calls (to prove what was or was not graded). */
function countingSandbox(): Sandbox & { execs: number } {
  const inner = new ProcessSandbox(wsBase);
  const s = {
    kind: inner.kind,
    confined: inner.confined,
    execs: 0,
    createWorkspace: (label: string) => inner.createWorkspace(label),
    exec: (spec: Parameters<Sandbox['exec']>[0]) => {
      s.execs += 1;
      return inner.exec(spec);
    },
  };
  return s;
}

async function memoryStore(): Promise<Store> {
  const store = await Store.open(createSqliteDialect(':memory:'));
  after(() => store.close());
  return store;
}

function options(store: Store, over: Partial<RunAgentOptions> = {}): RunAgentOptions {
  return {
    store,
    agent: new SimulatedAgent(simOptions),
    suite,
    sandbox: countingSandbox(),
    clock: fixedClock('2026-02-01T06:00:00Z'),
    date: '2026-02-01',
    trials: 2,
    seed: 0,
    concurrency: 3,
    ...over,
  };
}

async function rejectsWith(p: Promise<unknown>, code: string, exitCode: number, message?: RegExp | string): Promise<BarometerError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.code, code, err.message);
    assert.equal(err.exitCode, exitCode);
    if (typeof message === 'string') assert.equal(err.message, message);
    else if (message) assert.match(err.message, message);
    return err;
  }
  assert.fail(`expected a ${code} error`);
}

const keys = (as: readonly Pick<Attempt, 'taskId' | 'trial'>[]) => as.map(plannedKey).sort();

test('plan = tasks × trials; every attempt is graded and recorded once; the run completes with provenance', async () => {
  const store = await memoryStore();
  const events: string[] = [];
  const progress: RunProgress = {
    start: (i) => events.push(`start ${i.total} ${i.done} ${i.resumed}`),
    attempt: (_a, done, total) => events.push(`attempt ${done}/${total}`),
    finish: (i) => events.push(`finish ${i.status}`),
  };
  const { run, attempts } = await runAgent(options(store, { progress }));
  assert.deepEqual(run.plan, [
    { taskId: 'add', trial: 1 },
    { taskId: 'add', trial: 2 },
    { taskId: 'mul', trial: 1 },
    { taskId: 'mul', trial: 2 },
    { taskId: 'why', trial: 1 },
    { taskId: 'why', trial: 2 },
  ]);
  assert.equal(run.status, 'completed');
  assert.equal(run.finishedAt, '2026-02-01T06:00:00.000Z');
  assert.equal(run.agent, 'sim');
  assert.equal(run.agentKind, 'simulated');
  assert.equal(run.suite, 'mini');
  assert.equal(run.suiteVersion, suite.version);
  assert.equal(run.agentVersion, '1.0.0');
  assert.equal(run.requestedModel, 'sim-1');
  assert.equal(run.harnessVersion, HARNESS_VERSION);
  assert.equal(attempts.length, 6);
  assert.deepEqual(keys(attempts), keys(run.plan));
  for (const a of attempts) {
    assert.ok(a.outcome === 'pass' || a.outcome === 'fail', `${a.taskId}#${a.trial}: ${a.outcome} ${a.errorMessage}`);
    assert.equal(a.runId, run.id);
    assert.equal(a.taskVersion, suite.tasks.find((t) => t.id === a.taskId)!.version);
    if (a.taskId === 'why') assert.ok(a.answer === 'buggy\n' || a.answer === 'not-buggy\n' || a.answer === null);
    if (a.taskId === 'add' && a.outcome === 'pass') assert.equal(a.testOutput, 'add ok\n');
    if (a.taskId === 'add' && a.outcome === 'fail') assert.equal(a.errorMessage, 'tests failed (exit 1)');
  }
  const stored = await store.getRun(run.id);
  assert.equal(stored?.status, 'completed');
  assert.deepEqual(await store.attemptsOfRun(run.id), attempts);
  assert.deepEqual(events, ['start 6 0 false', 'attempt 1/6', 'attempt 2/6', 'attempt 3/6', 'attempt 4/6', 'attempt 5/6', 'attempt 6/6', 'finish completed']);
  assert.deepEqual(readdirSync(wsBase), [], 'every workspace is removed');
});

test('the same run twice gives the same outcomes (deterministic agent, real grading)', async () => {
  const a = await runAgent(options(await memoryStore()));
  const b = await runAgent(options(await memoryStore()));
  const outcomes = (r: typeof a) => r.attempts.map((x) => `${plannedKey(x)}=${x.outcome}`);
  assert.deepEqual(outcomes(a), outcomes(b));
});

test('tasksPerDay limits the plan to that many tasks × trials', async () => {
  const { run } = await runAgent(options(await memoryStore(), { tasksPerDay: 2, trials: 3 }));
  assert.equal(run.plan.length, 6);
  assert.equal(new Set(run.plan.map((p) => p.taskId)).size, 2);
});

test('agent errors are recorded as outcome error and never graded', async () => {
  const store = await memoryStore();
  const sandbox = countingSandbox();
  const { run, attempts } = await runAgent(options(store, { sandbox, agent: new SimulatedAgent({ ...simOptions, errorRate: 1 }) }));
  assert.equal(run.status, 'completed');
  assert.equal(attempts.length, 6);
  for (const a of attempts) {
    assert.equal(a.outcome, 'error');
    assert.equal(a.errorMessage, 'simulated API outage (HTTP 529 overloaded after retries)');
    assert.equal(a.testMs, 0);
    assert.equal(a.testOutput, null);
    assert.equal(a.answer, null);
  }
  assert.equal(sandbox.execs, 0, 'no test command ran');
});

test('a grade cache grades identical workspaces once', async () => {
  const cache = new GradeCache();
  const sandbox = countingSandbox();
  await runAgent(options(await memoryStore(), { sandbox, gradeCache: cache, trials: 4, concurrency: 1 }));
  assert.equal(cache.hits + cache.misses, 12);
  assert.ok(cache.misses <= 6, `3 tasks × at most 2 distinct workspaces, got ${cache.misses} misses`);
  assert.ok(sandbox.execs <= 4, `at most 2 variants × 2 test tasks run the tests, got ${sandbox.execs}`);
});

test('an abort mid-run marks the run interrupted; resume completes the plan with no duplicates', async () => {
  const store = await memoryStore();
  const ac = new AbortController();
  const progress: RunProgress = {
    start() {},
    attempt: (_a, done) => {
      if (done === 1) ac.abort();
    },
    finish() {},
  };
  const slow = new SimulatedAgent({ ...simOptions, latencyMs: 150 });
  const err = await rejectsWith(runAgent(options(store, { agent: slow, signal: ac.signal, progress, concurrency: 2 })), 'INTERRUPTED', 130, /^run run_[0-9a-f]+ interrupted after [12] of 6 attempts; finish it with --resume$/);
  const runId = /run (run_[0-9a-f]+)/.exec(err.message)![1]!;
  const interrupted = await store.getRun(runId);
  assert.equal(interrupted?.status, 'interrupted');
  const before = await store.attemptsOfRun(runId);
  assert.ok(before.length >= 1 && before.length < 6, `recorded ${before.length}`);
  assert.deepEqual(readdirSync(wsBase), [], 'workspaces of killed attempts are removed');

  // A new run on the same day is refused while this one is unfinished.
  await rejectsWith(runAgent(options(store)), 'RUN_CONFLICT', 2, `agent "sim" has an unfinished run ${runId} on 2026-02-01: finish it with --resume`);

  const events: string[] = [];
  const resumed = await runAgent(
    options(store, {
      resume: true,
      progress: { start: (i) => events.push(`start ${i.runId} ${i.done}/${i.total} ${i.resumed}`), attempt() {}, finish: (i) => events.push(i.status) },
    }),
  );
  assert.equal(resumed.run.id, runId);
  assert.equal(resumed.run.status, 'completed');
  assert.equal(resumed.attempts.length, 6);
  assert.deepEqual(keys(resumed.attempts), keys(resumed.run.plan));
  for (const b of before) {
    assert.deepEqual(
      resumed.attempts.find((a) => plannedKey(a) === plannedKey(b)),
      b,
      'attempts recorded before the interruption are kept as they were',
    );
  }
  assert.deepEqual(events, [`start ${runId} ${before.length}/6 true`, 'completed']);
  assert.equal((await store.getRun(runId))?.status, 'completed');
  assert.deepEqual((await store.unfinishedRuns('sim')).length, 0);
});

test('an abort during the first attempt records nothing and returns quickly', async () => {
  const store = await memoryStore();
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 100);
  const t0 = Date.now();
  await rejectsWith(
    runAgent(options(store, { agent: new SimulatedAgent({ ...simOptions, latencyMs: 20_000 }), signal: ac.signal })),
    'INTERRUPTED',
    130,
    /interrupted after 0 of 6 attempts/,
  );
  assert.ok(Date.now() - t0 < 5000);
  const [open] = await store.unfinishedRuns('sim');
  assert.equal(open?.status, 'interrupted');
  assert.equal((await store.attemptsOfRun(open!.id)).length, 0);
});

test('an unfinished run on another day does not block a new run', async () => {
  const store = await memoryStore();
  const ac = new AbortController();
  ac.abort();
  await rejectsWith(runAgent(options(store, { signal: ac.signal, date: '2026-01-31' })), 'INTERRUPTED', 130);
  const { run } = await runAgent(options(store));
  assert.equal(run.status, 'completed');
});

test('resume with nothing unfinished is a usage error', async () => {
  const store = await memoryStore();
  await rejectsWith(runAgent(options(store, { resume: true })), 'USAGE', 2, 'nothing to resume: agent "sim" has no unfinished run');
  await runAgent(options(store));
  await rejectsWith(runAgent(options(store, { resume: true, dateGiven: true })), 'USAGE', 2, 'nothing to resume: agent "sim" has no unfinished run on 2026-02-01');
});

test('resume after the suite changed is refused', async () => {
  const store = await memoryStore();
  const copyDir = join(root, 'mini-copy');
  cpSync(suiteDir, copyDir, { recursive: true });
  const original = loadSuite(copyDir);
  const ac = new AbortController();
  ac.abort();
  await rejectsWith(runAgent(options(store, { suite: original, signal: ac.signal })), 'INTERRUPTED', 130);
  writeFileSync(join(copyDir, 'add', 'instruction.md'), 'Implement add in add.mjs, carefully');
  const changed = loadSuite(copyDir);
  assert.notEqual(changed.version, original.version);
  const [open] = await store.unfinishedRuns('sim');
  await rejectsWith(
    runAgent(options(store, { suite: changed, resume: true })),
    'RUN_CONFLICT',
    2,
    `cannot resume run ${open!.id}: suite "mini" changed since it started (version ${original.version}, now ${changed.version}); start a new run instead`,
  );
  assert.equal((await store.getRun(open!.id))?.status, 'interrupted', 'the refused resume leaves the run as it was');
});

test('a failing store marks the run interrupted and throws DATABASE', async () => {
  const store = await memoryStore();
  let calls = 0;
  const original = store.recordAttempt.bind(store);
  store.recordAttempt = async (a) => {
    calls += 1;
    if (calls === 2) throw new Error('disk full');
    return original(a);
  };
  await rejectsWith(runAgent(options(store, { concurrency: 1 })), 'DATABASE', 1, /could not record an attempt of run run_[0-9a-f]+: disk full; finish it later with --resume/);
  const [open] = await store.unfinishedRuns('sim');
  assert.equal(open?.status, 'interrupted');
  assert.equal((await store.attemptsOfRun(open!.id)).length, 1);
});

