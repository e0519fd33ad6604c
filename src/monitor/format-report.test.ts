import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Attempt, Outcome } from '../core/attempt.js';
import { createSqliteDialect } from '../store/sqlite/sqlite-dialect.js';
import { Store } from '../store/store.js';
import { buildAgentReport, type AgentReport } from './agent-report.js';
import { formatReport } from './format-report.js';

async function reportOf(agent: string, days: Record<string, Outcome[]>, baseline: Parameters<typeof buildAgentReport>[2] = { days: 14 }): Promise<AgentReport> {
  const store = await Store.open(createSqliteDialect(':memory:'));
  after(() => store.close());
  await store.saveAgent(agent, 'simulated', '2026-01-01T00:00:00Z');
  for (const [date, outcomes] of Object.entries(days)) {
    const runId = `${agent}-${date}`;
    await store.createRun({
      id: runId,
      agent,
      agentKind: 'simulated',
      suite: 's',
      suiteVersion: 'v',
      date,
      status: 'completed',
      plan: [],
      startedAt: `${date}T06:00:00Z`,
      finishedAt: null,
      agentVersion: null,
      requestedModel: null,
      settingsHash: 'h',
      harnessVersion: '0',
      host: 'h',
    });
    for (const [i, outcome] of outcomes.entries()) {
      const a: Attempt = {
        runId,
        taskId: `t${i}`,
        taskVersion: 'v',
        category: 'generation',
        trial: 1,
        outcome,
        errorMessage: null,
        startedAt: `${date}T06:00:00Z`,
        durationMs: 1000,
        agentMs: 900,
        testMs: 100,
        usage: { inputTokens: 100, outputTokens: 50, cacheReadTokens: 0, cacheWriteTokens: 0 },
        costUsd: 0.01,
        turns: 3,
        toolCalls: {},
        model: null,
        agentVersion: null,
        answer: null,
        testOutput: null,
        transcript: null,
      };
      await store.recordAttempt(a);
    }
  }
  const r = await buildAgentReport(store, agent, baseline);
  assert.ok(r);
  return r;
}

const P: Outcome = 'pass';
const F: Outcome = 'fail';
const E: Outcome = 'error';

test('formatReport shows the agent, the baseline and every window with its numbers', async () => {
  const r = await reportOf('claude-nightly', {
    '2026-01-01': [P, P, P, P, F], // baseline 4/5, plus one error below
    '2026-01-02': [E],
    '2026-03-25': [P], // 7d window
    '2026-03-31': [P, F, F, E], // 1d window: 1/3, 1 error
  });
  const text = formatReport([r]);
  const lines = text.split('\n');
  assert.equal(lines[0], 'claude-nightly  (as of 2026-03-31, 4 days of data)');
  assert.match(lines[1]!, /^ {2}baseline 2026-01-01\.\.2026-01-14 \(first days\): 80\.0% \[37\.6%, 96\.4%\] n=5 errors=1$/);
  assert.match(lines[2]!, /^ {2}window +pass rate +95% CI +n +err/);
  assert.match(lines[3]!, /^ {2}1d +33\.3% +\[6\.1%, 79\.2%\] +3 +1\b/);
  assert.match(lines[4]!, /^ {2}7d +50\.0% +\[15\.0%, 85\.0%\] +4 +1\b/);
  assert.match(lines[5]!, /^ {2}30d +50\.0% +\[15\.0%, 85\.0%\] +4 +1\b/);
  assert.match(text, /errors \(infrastructure faults\) are excluded from n/);
  assert.ok(text.endsWith('\n'));
});

test('formatReport: one day of data, a configured baseline, windows below and above it', async () => {
  const half = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? P : F));
  const low = await reportOf('low', { '2026-01-01': [...half, ...Array<Outcome>(30).fill(F)] }, { from: '2026-01-01', to: '2026-01-01' });
  const lowLines = formatReport([low]).split('\n');
  assert.equal(lowLines[0], 'low  (as of 2026-01-01, 1 day of data)');
  assert.match(lowLines[1]!, /^ {2}baseline 2026-01-01\.\.2026-01-01: 38\.5% \[\d+\.\d%, \d+\.\d%\] n=130$/);
  const drop = await reportOf('drop', { '2026-01-01': half, '2026-03-01': Array<Outcome>(20).fill(F) });
  assert.match(formatReport([drop]).split('\n')[3]!, /^ {2}1d +0\.0% .*below baseline$/);
  const rise = await reportOf('rise', { '2026-01-01': half, '2026-03-01': Array<Outcome>(20).fill(P) });
  assert.match(formatReport([rise]).split('\n')[3]!, /^ {2}1d +100\.0% .*above baseline$/);
});

test('a window without graded attempts shows a dash', async () => {
  const r = await reportOf('errs', { '2026-01-01': [P, F], '2026-03-01': [E, E] });
  assert.match(formatReport([r]).split('\n')[3]!, /^ {2}1d +— +0 +2\b/);
});

test('formatReport of several agents lists each; of none says how to start', async () => {
  const a = await reportOf('a', { '2026-01-01': [P] });
  const b = await reportOf('b', { '2026-01-01': [F] });
  const text = formatReport([a, b]);
  assert.deepEqual(
    text.split('\n').filter((l) => /^\S+ {2}\(as of/.test(l)),
    ['a  (as of 2026-01-01, 1 day of data)', 'b  (as of 2026-01-01, 1 day of data)'],
  );
  assert.equal(formatReport([]), 'No runs recorded yet: run `barometer run --agent NAME` (or `barometer demo`).\n');
});
