import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgentReport } from './agent-report.js';
import { formatReport } from './format-report.js';

const report: AgentReport = {
  agent: 'claude-nightly',
  asOf: '2026-03-31',
  days: 42,
  baseline: { from: '2026-01-01', to: '2026-01-14', rate: 0.8, lower: 0.7123, upper: 0.8678, n: 140, passes: 112, errors: 3, source: 'first-days' },
  windows: {
    '1d': { from: '2026-03-31', to: '2026-03-31', rate: 0.5, lower: 0.2366, upper: 0.7634, n: 12, passes: 6, errors: 1, vsBaseline: 'within' },
    '7d': { from: '2026-03-25', to: '2026-03-31', rate: 0.55, lower: 0.45, upper: 0.65, n: 84, passes: 46, errors: 0, vsBaseline: 'below' },
    '30d': { from: '2026-03-02', to: '2026-03-31', rate: null, lower: null, upper: null, n: 0, passes: 0, errors: 7, vsBaseline: null },
  },
};

test('formatReport shows the agent, the baseline and every window with its numbers', () => {
  const text = formatReport([report]);
  const lines = text.split('\n');
  assert.equal(lines[0], 'claude-nightly  (as of 2026-03-31, 42 days of data)');
  assert.equal(lines[1], '  baseline 2026-01-01..2026-01-14 (first days): 80.0% [71.2%, 86.8%] n=140 errors=3');
  assert.match(lines[2]!, /^ {2}window +pass rate +95% CI +n +errors$/);
  assert.match(lines[3]!, /^ {2}1d +50\.0% +\[23\.7%, 76\.3%\] +12 +1$/);
  assert.match(lines[4]!, /^ {2}7d +55\.0% +\[45\.0%, 65\.0%\] +84 +0 {2}below baseline$/);
  assert.match(lines[5]!, /^ {2}30d +— +0 +7$/);
  assert.ok(text.endsWith('not an alarm.\n'));
  assert.match(text, /errors \(infrastructure faults\) are excluded from n/);
});

test('formatReport: one day of data, configured baseline, above baseline, no errors shown as such', () => {
  const r: AgentReport = {
    ...report,
    days: 1,
    baseline: { ...report.baseline, source: 'configured', errors: 0 },
    windows: { ...report.windows, '1d': { ...report.windows['1d'], vsBaseline: 'above' } },
  };
  const lines = formatReport([r]).split('\n');
  assert.equal(lines[0], 'claude-nightly  (as of 2026-03-31, 1 day of data)');
  assert.equal(lines[1], '  baseline 2026-01-01..2026-01-14: 80.0% [71.2%, 86.8%] n=140');
  assert.match(lines[3]!, /above baseline$/);
});

test('formatReport of several agents lists each; of none says how to start', () => {
  const text = formatReport([report, { ...report, agent: 'codex' }]);
  assert.equal(text.split('\n').filter((l) => /^\S+ {2}\(as of/.test(l)).length, 2);
  assert.equal(formatReport([]), 'No runs recorded yet: run `barometer run --agent NAME` (or `barometer demo`).\n');
});
