// Quick comparison of detectChange option sets on the benchmark's streams (barometer only, with the
// oracle at each set's measured false-alarm rate): false alarms / stream-year, and per drop scenario
// median/p90 delay (mean with delays capped at 60) vs the oracle's, P(delay ≤ 1.3 × the oracle's median),
// alarms before the change (e) and first alarms in the wrong direction (w). RISE=1 adds rise scenarios.
// npx tsx bench/detect/compare-options.ts --stable 120 --drift 80 --configs '[{"name":"default"},{"name":"symmetric","options":{"dropShare":0.5}}]'
import { Worker } from 'node:worker_threads';
import { calibrateOracle, cusumAlarms, oracleIncrements } from './oracle-cusum.js';
import { mixSeed, simulateStream, dailyPasses, type StreamSpec } from '../../src/stats/simulate-stream.js';
import { solveLogOddsShift } from '../../src/stats/detector/log-odds-shift.js';

const argv = process.argv.slice(2);
const arg = (k: string, d: string): string => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1]! : d; };
const seed = Number(arg('seed', '20261204'));
const nStable = Number(arg('stable', '120'));
const nDrift = Number(arg('drift', '80'));
const workers = Number(arg('workers', '2'));
const configs: { name: string; options?: Record<string, unknown> }[] = JSON.parse(arg('configs', '[{"name":"default"}]'));
const base = { days: 730, tasks: 50, a: 0.6, b: 0.4 };
interface Job { scenario: string; index: number; seed: number; spec: StreamSpec }
const scenarios = [
  { name: '5@14', points: 5, changeDay: 14 },
  { name: '10@14', points: 10, changeDay: 14 },
  { name: '5@120', points: 5, changeDay: 120 },
  { name: '10@120', points: 10, changeDay: 120 },
  ...(process.env.RISE ? [{ name: 'rise5@14', points: -5, changeDay: 14 }, { name: 'rise10@14', points: -10, changeDay: 14 }] : []),
];
const jobs: Job[] = [];
for (let i = 0; i < nStable; i++) jobs.push({ scenario: 'stable', index: i, seed: mixSeed(seed, 0, i), spec: { ...base, drop: 0, changeDay: 730 } });
scenarios.forEach((sc, k) => { for (let i = 0; i < nDrift; i++) jobs.push({ scenario: sc.name, index: i, seed: mixSeed(seed, k + 1, i), spec: { ...base, drop: sc.points / 100, changeDay: sc.changeDay } }); });

type Out = { scenario: string; index: number; changeDay: number; alarms: { day: number; status: string }[] };
async function run(options: Record<string, unknown>): Promise<Out[]> {
  const chunks: Job[][] = Array.from({ length: workers }, () => []);
  jobs.forEach((j, i) => chunks[i % workers]!.push(j));
  const url = new URL('./compare-options-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  const parts = await Promise.all(chunks.map((c) => new Promise<Out[]>((res, rej) => {
    const w = new Worker(boot, { eval: true, workerData: { jobs: c, options } });
    w.once('message', res); w.once('error', rej);
  })));
  return parts.flat();
}
const pct = (s: number[], q: number): number => s[Math.max(1, Math.ceil(q * s.length)) - 1]!;
// oracle: stable increments
const incs: Record<string, Float64Array[]> = { '5': [], '10': [] };
for (const j of jobs.filter((j) => j.scenario === 'stable')) {
  const st = simulateStream(j.spec, j.seed); const passes = dailyPasses(st).subarray(14);
  for (const p of [5, 10]) incs[String(p)]!.push(oracleIncrements(st.before, solveLogOddsShift(st.before, -p / 100), passes));
}
const years = (nStable * 730) / 365;
for (const cfg of configs) {
  const t0 = performance.now();
  const res = await run(cfg.options ?? {});
  const fa = res.filter((o) => o.scenario === 'stable').reduce((s, o) => s + o.alarms.length, 0) / years;
  const line: string[] = [`${cfg.name.padEnd(28)} FA ${fa.toFixed(3)}`];
  for (const sc of scenarios) {
    const h = sc.points > 0 ? calibrateOracle(incs[String(sc.points)]!, fa) : Infinity;
    const os = res.filter((o) => o.scenario === sc.name);
    const d: number[] = []; const od: number[] = []; let early = 0; let wrong = 0;
    for (const o of os) {
      early += o.alarms.filter((a) => a.day < o.changeDay).length;
      const hit = o.alarms.find((a) => a.day >= o.changeDay);
      d.push(hit ? hit.day - o.changeDay : Infinity); if (hit && hit.status !== (sc.points > 0 ? 'degraded' : 'improved')) wrong++;
      const st = simulateStream(jobs.find((j) => j.scenario === sc.name && j.index === o.index)!.spec, jobs.find((j) => j.scenario === sc.name && j.index === o.index)!.seed);
      const inc = oracleIncrements(st.before, st.shift, dailyPasses(st).subarray(14));
      const oa = cusumAlarms(inc, h).map((t) => t + 14).find((t) => t >= o.changeDay);
      od.push(oa === undefined ? Infinity : oa - o.changeDay);
    }
    d.sort((a, b) => a - b); od.sort((a, b) => a - b);
    const mean = (x: number[]): number => { const f = x.filter(Number.isFinite); return f.reduce((a, b) => a + b, 0) / f.length; };
    const lim = Math.floor(1.3 * pct(od, 0.5) + 1e-9);
    const frac = d.filter((x) => x <= lim).length / d.length;
    const trim = (x: number[]): number => x.reduce((a, b) => a + Math.min(b, 60), 0) / x.length;
    line.push(`${sc.name}: ${pct(d, 0.5)}/${pct(d, 0.9)} (${trim(d).toFixed(2)}) vs ${pct(od, 0.5)} (${trim(od).toFixed(2)}) P(≤${lim})=${frac.toFixed(2)} e${early}w${wrong}`);
  }
  console.log(line.join(' | '), `${((performance.now() - t0) / 1000).toFixed(0)}s`);
}
