import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addDays } from '../../core/clock.js';
import type { Difficulty, Task, TaskCategory } from '../../core/task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import type { Workspace } from '../../sandbox/sandbox.js';
import { loadTask } from '../../suites/load-task.js';
import type { AgentResult } from '../agent-adapter.js';
import { DEFAULT_SKILL, SimulatedAgent, type SimulatedAgentOptions } from './simulated-agent.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-sim-agent-test-'));
const sandbox = new ProcessSandbox(root);
after(() => rmSync(root, { recursive: true, force: true }));

function makeTask(name: string, category: TaskCategory = 'generation', difficulty: Difficulty = 'medium', withWrong = true): Task {
  const dir = join(root, 'tasks', name);
  const files: Record<string, string> = {
    'task.toml': `title = "${name}"\ncategory = "${category}"\nlanguage = "javascript"\ndifficulty = "${difficulty}"\n[grading]\nkind = "tests"\ncommand = "true"\n`,
    'instruction.md': 'Do it',
    'tests/t.mjs': '',
    'solution/out.txt': 'SOLVED',
  };
  if (withWrong) files['wrong/out.txt'] = 'WRONG';
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return loadTask(dir);
}

const base: SimulatedAgentOptions = { name: 'sim', seed: 3, skill: { generation: 0.6 }, version: '1.0.0', model: 'sim-1', errorRate: 0, latencyMs: 0, changes: [] };
const medium = makeTask('medium-task');
const ws = await sandbox.createWorkspace('sim');
after(() => ws.dispose());

async function attempt(agent: SimulatedAgent, task: Task, date: string, trial: number, w: Workspace = ws, signal = new AbortController().signal): Promise<{ r: AgentResult; out: string | null }> {
  rmSync(join(w.dir, 'out.txt'), { force: true });
  const r = await agent.attempt({ task, workspace: w, date, trial, sandbox, signal });
  const p = join(w.dir, 'out.txt');
  return { r, out: existsSync(p) ? readFileSync(p, 'utf8') : null };
}

const withoutTime = (r: AgentResult): Omit<AgentResult, 'agentMs'> => {
  const { agentMs: _ms, ...rest } = r;
  return rest;
};

test('deterministic: same inputs give the same files and the same usage', async () => {
  const a = new SimulatedAgent(base);
  const b = new SimulatedAgent({ ...base });
  for (let d = 0; d < 10; d++) {
    const date = addDays('2026-01-01', d);
    for (const trial of [1, 2]) {
      const x = await attempt(a, medium, date, trial);
      const y = await attempt(b, medium, date, trial);
      assert.equal(x.out, y.out);
      assert.deepEqual(withoutTime(x.r), withoutTime(y.r));
      assert.equal(x.r.status, 'completed');
      assert.ok(x.out === 'SOLVED' || x.out === 'WRONG');
    }
  }
});

test('a different seed gives different draws', async () => {
  const a = new SimulatedAgent(base);
  const b = new SimulatedAgent({ ...base, seed: 4 });
  const outs = async (agent: SimulatedAgent) => {
    const xs: (string | null)[] = [];
    for (let d = 0; d < 30; d++) xs.push((await attempt(agent, medium, addDays('2026-01-01', d), 1)).out);
    return xs;
  };
  assert.notDeepEqual(await outs(a), await outs(b));
});

test('success rate over many (date, trial) draws matches the probability, which is the skill ± the task jitter', async () => {
  const agent = new SimulatedAgent(base);
  const p = agent.successProbability(medium, '2026-01-01');
  assert.ok(Math.abs(p - 0.6) <= 0.1 + 1e-12, `medium task probability ${p} should be the skill ± 0.1`);
  let solved = 0;
  const n = 800;
  for (let i = 0; i < n; i++) {
    const { out } = await attempt(agent, medium, addDays('2026-01-01', Math.floor(i / 4)), (i % 4) + 1);
    if (out === 'SOLVED') solved += 1;
  }
  const rate = solved / n;
  const sd = Math.sqrt((p * (1 - p)) / n);
  assert.ok(Math.abs(rate - p) < 4 * sd, `rate ${rate} vs p ${p} (4σ = ${4 * sd})`);
});

test('averaged over many medium tasks, the probability is close to the category skill', () => {
  const agent = new SimulatedAgent({ ...base, skill: { understanding: 0.55 } });
  const ps = Array.from({ length: 200 }, (_, i) => agent.successProbability({ ...medium, id: `t-${i}`, category: 'understanding' }, '2026-01-01'));
  const mean = ps.reduce((s, p) => s + p, 0) / ps.length;
  assert.ok(Math.abs(mean - 0.55) < 0.02, `mean ${mean}`);
  assert.ok(ps.every((p) => p >= 0.45 - 1e-12 && p <= 0.65 + 1e-12));
});

test('difficulty shifts the probability by ±0.15; the default skill applies; clipped to [0.02, 0.98]', () => {
  const agent = new SimulatedAgent(base);
  const t = { ...medium };
  const pm = agent.successProbability(t, '2026-01-01');
  assert.ok(Math.abs(agent.successProbability({ ...t, difficulty: 'easy' }, '2026-01-01') - (pm + 0.15)) < 1e-12);
  assert.ok(Math.abs(agent.successProbability({ ...t, difficulty: 'hard' }, '2026-01-01') - (pm - 0.15)) < 1e-12);
  const repo = agent.successProbability({ ...t, category: 'repo' }, '2026-01-01');
  assert.ok(Math.abs(repo - (pm - 0.6 + DEFAULT_SKILL.repo)) < 1e-12);
  assert.equal(new SimulatedAgent({ ...base, skill: { generation: 1 } }).successProbability({ ...t, difficulty: 'easy' }, '2026-01-01'), 0.98);
  assert.equal(new SimulatedAgent({ ...base, skill: { generation: 0 } }).successProbability({ ...t, difficulty: 'hard' }, '2026-01-01'), 0.02);
});

test('changes apply from their `from` day on: skillDelta, version, model, tokenFactor', async () => {
  const changed = new SimulatedAgent({
    ...base,
    changes: [
      { from: '2026-03-10', model: 'sim-2' },
      { from: '2026-03-01', skillDelta: -0.2, version: '1.1.0', tokenFactor: 2 },
    ],
  });
  const plain = new SimulatedAgent(base);
  const before = '2026-02-28';
  const on = '2026-03-01';
  const later = '2026-03-10';
  assert.deepEqual(changed.stateAt(before), { skillDelta: 0, version: '1.0.0', model: 'sim-1', tokenFactor: 1 });
  assert.deepEqual(changed.stateAt(on), { skillDelta: -0.2, version: '1.1.0', model: 'sim-1', tokenFactor: 2 });
  assert.deepEqual(changed.stateAt(later), { skillDelta: -0.2, version: '1.1.0', model: 'sim-2', tokenFactor: 2 });
  assert.equal(changed.successProbability(medium, before), plain.successProbability(medium, before));
  assert.ok(Math.abs(changed.successProbability(medium, on) - (plain.successProbability(medium, on) - 0.2)) < 1e-12);

  assert.deepEqual(await changed.describe(before), { ...(await changed.describe(before)), version: '1.0.0', model: 'sim-1' });
  const dOn = await changed.describe(later);
  assert.equal(dOn.version, '1.1.0');
  assert.equal(dOn.model, 'sim-2');

  const x = (await attempt(changed, medium, later, 1)).r;
  const y = (await attempt(plain, medium, later, 1)).r;
  assert.equal(x.agentVersion, '1.1.0');
  assert.equal(x.model, 'sim-2');
  for (const k of ['inputTokens', 'outputTokens', 'cacheReadTokens', 'cacheWriteTokens'] as const) {
    assert.ok(Math.abs(x.usage[k] - 2 * y.usage[k]) <= 1, `${k}: ${x.usage[k]} vs 2×${y.usage[k]}`);
  }
  const xb = (await attempt(changed, medium, before, 1)).r;
  const yb = (await attempt(plain, medium, before, 1)).r;
  assert.deepEqual(xb.usage, yb.usage, 'no token change before the day');
});

test('skill deltas of several changes add up', () => {
  const agent = new SimulatedAgent({ ...base, changes: [{ from: '2026-01-05', skillDelta: -0.1 }, { from: '2026-01-10', skillDelta: 0.05 }] });
  assert.ok(Math.abs(agent.stateAt('2026-01-10').skillDelta - -0.05) < 1e-12);
});

test('errorRate 1 always gives an error and writes nothing', async () => {
  const agent = new SimulatedAgent({ ...base, errorRate: 1 });
  for (let d = 0; d < 20; d++) {
    const { r, out } = await attempt(agent, medium, addDays('2026-05-01', d), 1);
    assert.equal(r.status, 'error');
    assert.equal(r.message, 'simulated API outage (HTTP 529 overloaded after retries)');
    assert.equal(out, null);
    assert.deepEqual(r.toolCalls, {});
    assert.equal(r.turns, 1);
  }
});

test('errorRate 0 never errors', async () => {
  const agent = new SimulatedAgent(base);
  for (let d = 0; d < 50; d++) assert.equal((await attempt(agent, medium, addDays('2026-05-01', d), 1)).r.status, 'completed');
});

test('a task without wrong/ leaves the workspace untouched on a failure', async () => {
  const task = makeTask('no-wrong', 'generation', 'medium', false);
  const agent = new SimulatedAgent({ ...base, skill: { generation: 0 } });
  let empties = 0;
  for (let d = 0; d < 20; d++) {
    const { r, out } = await attempt(agent, { ...task, difficulty: 'hard' }, addDays('2026-01-01', d), 1);
    assert.equal(r.status, 'completed');
    if (out === null) empties += 1;
  }
  assert.ok(empties >= 15, `with p = 0.02, nearly all attempts write nothing (got ${empties} of 20)`);
});

test('usage and cost are plausible and consistent', async () => {
  const { r } = await attempt(new SimulatedAgent(base), medium, '2026-01-01', 1);
  assert.ok(r.usage.inputTokens >= 1700 && r.usage.inputTokens <= 2300, String(r.usage.inputTokens));
  const cost = (r.usage.inputTokens * 3 + r.usage.outputTokens * 15 + r.usage.cacheReadTokens * 0.3 + r.usage.cacheWriteTokens * 3.75) / 1e6;
  assert.ok(Math.abs(r.costUsd! - cost) < 1e-6);
  assert.ok((r.turns ?? 0) >= 4);
  assert.ok((r.toolCalls.Write ?? 0) === 1);
  assert.match(r.transcript ?? '', /^simulated sim 1\.0\.0 on medium-task \(trial 1\): completed$/);
});

test('an abort during the latency is an interrupted error', async () => {
  const agent = new SimulatedAgent({ ...base, latencyMs: 10_000 });
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  const t0 = Date.now();
  const { r, out } = await attempt(agent, medium, '2026-01-01', 1, ws, ac.signal);
  assert.ok(Date.now() - t0 < 3000);
  assert.equal(r.status, 'error');
  assert.equal(r.message, 'interrupted');
  assert.equal(out, null);
});

test('the settings hash ignores the name and changes with the settings', async () => {
  const h = (o: SimulatedAgentOptions) => new SimulatedAgent(o).describe('2026-01-01').then((d) => d.settingsHash);
  assert.equal(await h(base), await h({ ...base, name: 'other' }));
  assert.notEqual(await h(base), await h({ ...base, skill: { generation: 0.61 } }));
  assert.match(await h(base), /^[0-9a-f]{12}$/);
});
