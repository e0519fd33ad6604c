import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectionPower } from './detection-power.js';

test('detectionPower: bigger drops are caught sooner, longer windows detect smaller drops', () => {
  const r = detectionPower({ baselineRate: 0.6, tasksPerDay: 50, drops: [0.05, 0.2], streams: 8, horizon: 60, seed: 3 });
  assert.ok(r.mde['1d'] > r.mde['7d'] && r.mde['7d'] > r.mde['30d'], JSON.stringify(r.mde));
  // 50 tasks/day vs a 14-day baseline: the classic normal-approximation figure for 7 days is ≈ 9 points.
  assert.ok(r.mde['7d'] > 0.07 && r.mde['7d'] < 0.11, String(r.mde['7d']));
  const [small, big] = r.delays;
  assert.ok(big!.median <= 2, `a 20-point drop is caught within days: ${big!.median}`);
  assert.equal(big!.detected, 1);
  assert.ok(small!.median > big!.median);
  assert.deepEqual(detectionPower({ baselineRate: 0.6, tasksPerDay: 50, drops: [0.2], streams: 4, horizon: 30, seed: 3 }).delays, detectionPower({ baselineRate: 0.6, tasksPerDay: 50, drops: [0.2], streams: 4, horizon: 30, seed: 3 }).delays, 'deterministic');
});

test('detectionPower rejects impossible plans', () => {
  assert.throws(() => detectionPower({ baselineRate: 1.2, tasksPerDay: 50 }), RangeError);
  assert.throws(() => detectionPower({ baselineRate: 0.6, tasksPerDay: 0 }), RangeError);
  assert.throws(() => detectionPower({ baselineRate: 0.1, tasksPerDay: 50, drops: [0.2] }), /impossible/);
});
