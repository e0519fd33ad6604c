import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Attempt, Outcome } from '../core/attempt.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { createSqliteDialect } from '../store/sqlite/sqlite-dialect.js';
import { Store } from '../store/store.js';
import { baselineRange, buildAgentReport, summarizeRate } from './agent-report.js';

const o = (outcome: Outcome) => ({ outcome });

test('summarizeRate: errors are counted apart and excluded from n', () => {
  const s = summarizeRate([o('pass'), o('pass'), o('fail'), o('error'), o('error')], '2026-01-01', '2026-01-07');
  const ci = wilsonInterval(2, 3, 0.95);
  assert.deepEqual(s, { from: '2026-01-01', to: '2026-01-07', rate: 2 / 3, lower: ci.lower, upper: ci.upper, n: 3, passes: 2, errors: 2 });
});

test('summarizeRate: only errors (or nothing) gives n = 0 and null rate and interval', () => {
  assert.deepEqual(summarizeRate([o('error'), o('error')], 'a', 'b'), { from: 'a', to: 'b', rate: null, lower: null, upper: null, n: 0, passes: 0, errors: 2 });
  assert.deepEqual(summarizeRate([], 'a', 'b'), { from: 'a', to: 'b', rate: null, lower: null, upper: null, n: 0, passes: 0, errors: 0 });
});

test('summarizeRate: all pass has rate 1 and an interval ending at 1', () => {
  const s = summarizeRate([o('pass'), o('pass'), o('pass')], 'a', 'b');
  assert.equal(s.rate, 1);
  assert.ok(Math.abs(s.upper! - 1) < 1e-12);
  assert.ok(s.lower! > 0.4 && s.lower! < 0.5, String(s.lower));
});

test('baselineRange: configured range as given, otherwise the first N days from the first day', () => {
  assert.deepEqual(baselineRange({ from: '2026-02-01', to: '2026-02-10' }, '2026-01-01'), { from: '2026-02-01', to: '2026-02-10', source: 'configured' });
  assert.deepEqual(baselineRange({ days: 14 }, '2026-01-01'), { from: '2026-01-01', to: '2026-01-14', source: 'first-days' });
  assert.deepEqual(baselineRange({ days: 1 }, '2026-12-31'), { from: '2026-12-31', to: '2026-12-31', source: 'first-days' });
  assert.deepEqual(baselineRange({ days: 7 }, '2026-02-25'), { from: '2026-02-25', to: '2026-03-03', source: 'first-days' });
});

function attempt(runId: string, taskId: string, outcome: Outcome): Attempt {
  return {
    runId,
    taskId,
    taskVersion: 'v',
    category: 'generation',
    trial: 1,
    outcome,
    errorMessage: null,
    startedAt: '2026-01-01T00:00:00Z',
    durationMs: 1,
    agentMs: 1,
    testMs: 1,
    usage: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 },
    costUsd: null,
    turns: null,
    toolCalls: {},
    model: null,
    agentVersion: null,
    answer: null,
    testOutput: null,
    transcript: null,
  };
}

async function storeWith(agent: string, days: Record<string, Outcome[]>, store?: Store): Promise<Store> {
  const s = store ?? (await Store.open(createSqliteDialect(':memory:')));
  if (!store) after(() => s.close());
  await s.saveAgent(agent, 'simulated', '2026-01-01T00:00:00Z');
  for (const [date, outcomes] of Object.entries(days)) {
    const runId = `${agent}-${date}`;
    await s.createRun({
      id: runId,
      agent,
      agentKind: 'simulated',
      suite: 's',
      suiteVersion: 'v',
      date,
      status: 'completed',
      plan: outcomes.map((_, i) => ({ taskId: `t${i}`, trial: 1 })),
      startedAt: `${date}T06:00:00Z`,
      finishedAt: `${date}T07:00:00Z`,
      agentVersion: null,
      requestedModel: null,
      settingsHash: 'h',
      harnessVersion: '0',
      host: 'h',
    });
    for (const [i, out] of outcomes.entries()) await s.recordAttempt(attempt(runId, `t${i}`, out));
  }
  return s;
}

const P: Outcome = 'pass';
const F: Outcome = 'fail';
const E: Outcome = 'error';

const history: Record<string, Outcome[]> = {
  '2026-01-01': [P, P, P, P, P, P, P, P, P, P],
  '2026-01-14': [F], // last baseline day
  '2026-01-15': [P], // first day after the baseline
  '2026-03-01': [F], // L − 30: outside the 30-day window
  '2026-03-02': [P], // L − 29: first day of the 30-day window
  '2026-03-24': [F], // L − 7: outside the 7-day window
  '2026-03-25': [P], // L − 6: first day of the 7-day window
  '2026-03-31': [P, P, F, E], // L
};

test('buildAgentReport: windows of 1, 7 and 30 days end on the last day, boundaries included exactly', async () => {
  const store = await storeWith('sim', history);
  await storeWith('other', { '2026-03-31': [F, F, F] }, store);
  const r = await buildAgentReport(store, 'sim', { days: 14 });
  assert.ok(r);
  assert.equal(r.agent, 'sim');
  assert.equal(r.asOf, '2026-03-31');
  assert.equal(r.days, 8);
  const pick = (w: { from: string; to: string; n: number; passes: number; errors: number }) => [w.from, w.to, w.n, w.passes, w.errors];
  assert.deepEqual(pick(r.windows['1d']), ['2026-03-31', '2026-03-31', 3, 2, 1]);
  assert.deepEqual(pick(r.windows['7d']), ['2026-03-25', '2026-03-31', 4, 3, 1]);
  assert.deepEqual(pick(r.windows['30d']), ['2026-03-02', '2026-03-31', 6, 4, 1]);
  assert.deepEqual(pick(r.baseline), ['2026-01-01', '2026-01-14', 11, 10, 0]);
  assert.equal(r.baseline.source, 'first-days');
  assert.equal(r.baseline.rate, 10 / 11);
  const ci = wilsonInterval(3, 4, 0.95);
  assert.equal(r.windows['7d'].rate, 0.75);
  assert.equal(r.windows['7d'].lower, ci.lower);
  assert.equal(r.windows['7d'].upper, ci.upper);
  assert.deepEqual(Object.keys(r.windows), ['1d', '7d', '30d']);
});

test('buildAgentReport: a configured baseline is used as given', async () => {
  const store = await storeWith('sim', history);
  const r = await buildAgentReport(store, 'sim', { from: '2026-01-14', to: '2026-01-15' });
  assert.deepEqual([r!.baseline.from, r!.baseline.to, r!.baseline.n, r!.baseline.passes, r!.baseline.source], ['2026-01-14', '2026-01-15', 2, 1, 'configured']);
});

test('buildAgentReport: asOf ends the windows earlier and ignores later data', async () => {
  const store = await storeWith('sim', history);
  const r = await buildAgentReport(store, 'sim', { days: 14 }, '2026-03-25');
  assert.equal(r!.asOf, '2026-03-25');
  assert.equal(r!.days, 7);
  assert.deepEqual([r!.windows['1d'].n, r!.windows['1d'].passes], [1, 1]);
  assert.deepEqual([r!.windows['7d'].from, r!.windows['7d'].n, r!.windows['7d'].passes], ['2026-03-19', 2, 1]);
});

test('buildAgentReport: null for an agent without attempts', async () => {
  const store = await storeWith('sim', history);
  assert.equal(await buildAgentReport(store, 'nobody', { days: 14 }), null);
  assert.equal(await buildAgentReport(store, 'sim', { days: 14 }, '2025-12-31'), null);
});

test('vsBaseline: below when the whole interval is under the baseline rate, above when over, within otherwise', async () => {
  const half = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? P : F));
  const below = await buildAgentReport(await storeWith('sim', { '2026-01-01': half, '2026-03-01': Array<Outcome>(20).fill(F) }), 'sim', { days: 7 });
  assert.equal(below!.baseline.rate, 0.5);
  assert.ok(below!.windows['1d'].upper! < 0.5);
  assert.equal(below!.windows['1d'].vsBaseline, 'below');
  const above = await buildAgentReport(await storeWith('sim', { '2026-01-01': half, '2026-03-01': Array<Outcome>(20).fill(P) }), 'sim', { days: 7 });
  assert.equal(above!.windows['1d'].vsBaseline, 'above');
  const within = await buildAgentReport(await storeWith('sim', { '2026-01-01': half, '2026-03-01': [P, F, P, F, P] }), 'sim', { days: 7 });
  assert.equal(within!.windows['1d'].vsBaseline, 'within');
});

test('vsBaseline is null when the window or the baseline has no graded attempt', async () => {
  const r = await buildAgentReport(await storeWith('sim', { '2026-01-01': [P, F], '2026-03-01': [E, E] }), 'sim', { days: 7 });
  assert.equal(r!.windows['1d'].rate, null);
  assert.equal(r!.windows['1d'].vsBaseline, null);
  assert.equal(r!.windows['1d'].errors, 2);
  const r2 = await buildAgentReport(await storeWith('sim', { '2026-01-01': [E], '2026-03-01': [P] }), 'sim', { days: 7 });
  assert.equal(r2!.baseline.rate, null);
  assert.equal(r2!.windows['1d'].vsBaseline, null);
});
