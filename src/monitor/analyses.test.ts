import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Run } from '../core/run.js';
import type { DatedAttempt } from '../store/store.js';
import { attributeChange, provenanceChanges } from './attribution.js';
import { classificationMetrics } from './classification-metrics.js';
import { compareWindow } from './compare-windows.js';
import { toDailySeries } from './daily-series.js';
import { medianWithInterval, operationalDrift } from './operational-metrics.js';
import { repeatedTrials } from './repeated-trials.js';

let seq = 0;
function attempt(over: Partial<DatedAttempt>): DatedAttempt {
  seq += 1;
  return {
    runId: 'run_1',
    agent: 'a',
    taskId: 't1',
    taskVersion: 'v1',
    category: 'generation',
    trial: 1,
    outcome: 'pass',
    errorMessage: null,
    startedAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.${String(seq).padStart(3, '0')}Z`,
    date: '2026-01-01',
    durationMs: 1000,
    agentMs: 900,
    testMs: 100,
    usage: { inputTokens: 100, outputTokens: 50, cacheReadTokens: 0, cacheWriteTokens: 0 },
    costUsd: 0.01,
    turns: 3,
    toolCalls: { Read: 1, Write: 1 },
    model: 'm1',
    agentVersion: '1.0',
    answer: null,
    testOutput: null,
    transcript: null,
    ...over,
  };
}

test('toDailySeries drops errors, keys tasks by id@version and sorts days', () => {
  const s = toDailySeries([
    attempt({ date: '2026-01-02', outcome: 'fail' }),
    attempt({ date: '2026-01-01', outcome: 'error' }),
    attempt({ date: '2026-01-01', taskVersion: 'v2' }),
  ]);
  assert.deepEqual(s, [
    { date: '2026-01-01', results: [{ taskId: 't1@v2', passed: true }] },
    { date: '2026-01-02', results: [{ taskId: 't1@v1', passed: false }] },
  ]);
});

test('compareWindow pairs attempts of the same task version and counts discordant pairs', () => {
  const base = [
    attempt({ taskId: 'a', outcome: 'pass', date: '2026-01-01' }),
    attempt({ taskId: 'a', outcome: 'pass', date: '2026-01-02' }),
    attempt({ taskId: 'b', outcome: 'fail', date: '2026-01-02' }),
    attempt({ taskId: 'c', outcome: 'pass', date: '2026-01-02' }),
  ];
  const win = [
    attempt({ taskId: 'a', outcome: 'fail', date: '2026-02-01' }), // pairs with a's latest baseline pass → b
    attempt({ taskId: 'b', outcome: 'pass', date: '2026-02-01' }), // fail → pass → c
    attempt({ taskId: 'c', outcome: 'pass', date: '2026-02-01' }), // concordant
    attempt({ taskId: 'd', outcome: 'fail', date: '2026-02-01' }), // not in the baseline: unpaired only
    attempt({ taskId: 'c', outcome: 'error', date: '2026-02-02' }), // errors never count
  ];
  const r = compareWindow(base, win);
  assert.equal(r.paired?.tasks, 3);
  assert.equal(r.paired?.pairs, 3);
  assert.equal(r.paired?.b, 1);
  assert.equal(r.paired?.c, 1);
  assert.equal(r.paired?.exactPValue, 1);
  assert.ok(Math.abs(r.difference! - (2 / 4 - 3 / 4)) < 1e-12);
  assert.ok(r.unpaired!.pValue > 0.3);
  assert.ok(r.mde === null || r.mde > 0.5, 'tiny samples cannot detect small drops');
  assert.deepEqual(compareWindow([], win), { difference: null, unpaired: null, paired: null, mde: null });
});

test('medianWithInterval uses order statistics and widens for small n', () => {
  assert.deepEqual(medianWithInterval([]), { n: 0, median: null, lower: null, upper: null });
  assert.deepEqual(medianWithInterval([1, 2, 3, 4, 5]), { n: 5, median: 3, lower: null, upper: null });
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  const m = medianWithInterval(xs);
  assert.equal(m.median, 50.5);
  // For n = 100 the distribution-free 95% interval is x(40)..x(61).
  assert.equal(m.lower, 40);
  assert.equal(m.upper, 61);
});

test('operationalDrift finds a 40% token increase', () => {
  const base = Array.from({ length: 40 }, (_, i) => attempt({ usage: { inputTokens: 1000 + i * 10, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 } }));
  const win = Array.from({ length: 40 }, (_, i) => attempt({ usage: { inputTokens: 1400 + i * 14, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 } }));
  const d = operationalDrift(base, win).tokens;
  assert.ok(d.pValue! < 1e-6, String(d.pValue));
  assert.ok(Math.abs(d.relativeShift! - 0.4) < 0.05, String(d.relativeShift));
  assert.equal(operationalDrift(base, []).tokens.pValue, null);
});

test('classificationMetrics counts a confusion matrix with buggy as the positive class', () => {
  const labels = new Map([
    ['b1@v1', 'buggy'],
    ['b2@v1', 'buggy'],
    ['n1@v1', 'not-buggy'],
    ['n2@v1', 'not-buggy'],
  ]);
  const m = classificationMetrics(
    [
      attempt({ taskId: 'b1', answer: 'buggy\n' }), // tp
      attempt({ taskId: 'b2', answer: 'not-buggy' }), // fn
      attempt({ taskId: 'n1', answer: 'BUGGY' }), // fp
      attempt({ taskId: 'n2', answer: 'no idea' }), // invalid: tn for precision/recall, never correct
      attempt({ taskId: 'other', answer: 'x' }), // unlabelled: ignored
    ],
    labels,
  )!;
  assert.deepEqual([m.tp, m.fp, m.tn, m.fn, m.invalid], [1, 1, 1, 1, 1]);
  assert.equal(m.positive, 'buggy');
  assert.equal(m.accuracy.value, 1 / 4);
  assert.equal(m.precision.value, 1 / 2);
  assert.equal(m.recall.value, 1 / 2);
  assert.equal(m.f1.value, 1 / 2);
  assert.ok(m.f1.lower! < 0.5 && m.f1.upper! > 0.5);
  assert.equal(classificationMetrics([attempt({ taskId: 'b1', answer: 'buggy' })], labels), null, 'one class only');
});

test('repeatedTrials averages unbiased pass@k and pass^k over run × task groups', () => {
  const xs = [
    attempt({ runId: 'r', taskId: 'a', trial: 1, outcome: 'pass' }),
    attempt({ runId: 'r', taskId: 'a', trial: 2, outcome: 'fail' }),
    attempt({ runId: 'r', taskId: 'b', trial: 1, outcome: 'fail' }),
    attempt({ runId: 'r', taskId: 'b', trial: 2, outcome: 'fail' }),
  ];
  const r = repeatedTrials(xs)!;
  assert.equal(r.trials, 2);
  assert.equal(r.passAtK[1], 0.25);
  assert.equal(r.passAtK[2], 0.5);
  assert.equal(r.passHatK[2], 0);
  assert.equal(repeatedTrials([attempt({})]), null);
});

test('attribution lists provenance changes near the change day and the tasks that dropped most', () => {
  const run = (id: string, date: string, agentVersion: string): Run => ({
    id,
    agent: 'a',
    agentKind: 'simulated',
    suite: 's',
    suiteVersion: 'sv1',
    date,
    status: 'completed',
    plan: [],
    startedAt: `${date}T06:00:00Z`,
    finishedAt: null,
    agentVersion,
    requestedModel: 'm',
    settingsHash: 'h',
    harnessVersion: '0.1.0',
    host: 'h',
  });
  const runs = [run('r1', '2026-01-01', '1.0'), run('r2', '2026-01-10', '1.0'), run('r3', '2026-01-20', '2.0'), run('r4', '2026-03-01', '2.1')];
  const before = [attempt({ runId: 'r1', date: '2026-01-01', taskId: 'x' }), attempt({ runId: 'r1', date: '2026-01-01', taskId: 'y' })];
  const after = [
    attempt({ runId: 'r3', date: '2026-01-20', taskId: 'x', outcome: 'fail', model: 'm2' }),
    attempt({ runId: 'r3', date: '2026-01-20', taskId: 'y', outcome: 'pass', model: 'm2' }),
  ];
  assert.deepEqual(
    provenanceChanges(runs, [...before, ...after]).map((c) => `${c.field}:${c.from}->${c.to}@${c.date}`),
    ['agentVersion:1.0->2.0@2026-01-20', 'reportedModel:m1->m2@2026-01-20', 'agentVersion:2.0->2.1@2026-03-01'],
  );
  const a = attributeChange({ runs, attempts: [...before, ...after], before, changeDate: '2026-01-19', alarmDate: '2026-01-22', direction: -1 });
  assert.deepEqual(a.changes.map((c) => c.field), ['agentVersion', 'reportedModel']);
  assert.deepEqual(a.tasks.map((t) => [t.key, t.difference]), [['x', -1]]);
  assert.equal(a.categories[0]?.key, 'generation');
});

test('dailyOperational gives each day its medians, errors left out', async () => {
  const { dailyOperational } = await import('./operational-metrics.js');
  const d = dailyOperational([
    attempt({ date: '2026-01-02', turns: 4 }),
    attempt({ date: '2026-01-01', turns: 2 }),
    attempt({ date: '2026-01-01', turns: 6 }),
    attempt({ date: '2026-01-01', turns: 99, outcome: 'error' }),
  ]);
  assert.deepEqual(d.map((x) => [x.date, x.attempts, x.medians.turns]), [['2026-01-01', 2, 4], ['2026-01-02', 1, 4]]);
});
