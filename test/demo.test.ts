import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barometer, tempDir } from './support/cli.js';

interface Rate {
  rate: number;
  lower: number;
  upper: number;
  n: number;
}

test('the demo records 60 days of three agents and its report tells them apart', () => {
  const { dir, cleanup } = tempDir('demo');
  try {
    const r = barometer(['demo', '--json', '--no-serve', '--end', '2026-06-30'], { cwd: dir, timeoutMs: 170_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /5400 attempts recorded/); // 3 agents × 60 days × 30 core tasks
    const byName = new Map<string, { baseline: Rate; windows: Record<string, Rate>; asOf: string; days: number }>(
      JSON.parse(r.stdout).agents.map((a: { agent: string }) => [a.agent, a]),
    );
    assert.deepEqual([...byName.keys()].sort(), ['demo-degrading', 'demo-improving', 'demo-stable']);
    for (const a of byName.values()) {
      assert.equal(a.asOf, '2026-06-30');
      assert.equal(a.days, 60);
      assert.ok(a.baseline.n > 300);
    }
    const degrading = byName.get('demo-degrading')!;
    const stable = byName.get('demo-stable')!;
    const improving = byName.get('demo-improving')!;
    // The acceptance criterion of the demo: the degrading agent's 7-day interval lies entirely below
    // its baseline rate; the stable agent's does not.
    assert.ok(degrading.windows['7d']!.upper < degrading.baseline.rate, JSON.stringify(degrading));
    assert.ok(stable.windows['7d']!.upper >= stable.baseline.rate, JSON.stringify(stable));
    assert.ok(stable.windows['7d']!.lower <= stable.baseline.rate, JSON.stringify(stable));
    assert.ok(improving.windows['7d']!.lower > improving.baseline.rate, JSON.stringify(improving));

    // The sequential detector tells the three apart, dates the changes and names the CLI update.
    const st = barometer(['status', '--json', '--db', 'barometer-demo.db'], { cwd: dir });
    assert.equal(st.code, 0, st.stderr);
    const statuses = new Map<string, { status: string; verdict: { changeDate: string }; attribution: { changes: { field: string; from: string; to: string; date: string }[] } | null }>(
      JSON.parse(st.stdout).agents.map((a: { agent: string }) => [a.agent, a]),
    );
    const dayIndex = (date: string): number => Math.round((Date.parse(date) - Date.parse('2026-05-02')) / 86_400_000) + 1; // day 1 = 2026-05-02
    assert.equal(statuses.get('demo-stable')!.status, 'stable');
    const deg = statuses.get('demo-degrading')!;
    assert.equal(deg.status, 'degraded');
    assert.ok(Math.abs(dayIndex(deg.verdict.changeDate) - 40) <= 3, `degrading change dated ${deg.verdict.changeDate}`);
    const imp = statuses.get('demo-improving')!;
    assert.equal(imp.status, 'improved');
    assert.ok(Math.abs(dayIndex(imp.verdict.changeDate) - 30) <= 3, `improving change dated ${imp.verdict.changeDate}`);
    assert.deepEqual(
      imp.attribution!.changes.filter((c) => c.field === 'agentVersion').map((c) => [c.from, c.to, dayIndex(c.date)]),
      [['1.9.0', '2.0.0', 30]],
    );

    // Running the demo again adds nothing: completed agent-days are kept, not repeated.
    const again = barometer(['demo', '--json', '--end', '2026-06-30'], { cwd: dir, timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 attempts recorded, 180 agent-days already there/);
  } finally {
    cleanup();
  }
});
