// Stable streams with a rotating daily sample (50 tasks a day drawn from a pool of POOL tasks):
// false alarms per stream-year of detectChange with its defaults. `N=30 POOL=300 npx tsx bench/detect/rotating-pool-check.ts`
import { seededRandom } from '../../src/core/random.js';
import { betaVariate } from '../../src/stats/detector/random-variates.js';
import { detectChange, type DayResults } from '../../src/stats/detect-change.js';
const N = Number(process.env.N ?? 40); const POOL = Number(process.env.POOL ?? 300);
let alarms = 0; let years = 0;
for (let s = 0; s < N; s++) {
  const r = seededRandom(5000 + s);
  const pool = Array.from({ length: POOL }, () => betaVariate(r, 0.6, 0.4));
  const days: DayResults[] = Array.from({ length: 730 }, (_, t) => ({ date: `${t}`, results: Array.from({ length: 50 }, () => { const i = Math.floor(r() * POOL); return { taskId: `p${i}`, passed: r() < pool[i]! }; }) }));
  for (let start = 0; 730 - start > 14; ) { const v = detectChange(days.slice(start)); if (v.firstAlarm === null) break; alarms++; start += v.firstAlarm + 1; }
  years += 2;
}
console.log('pool', POOL, 'FA per stream-year', (alarms / years).toFixed(3), 'alarms', alarms);
