// Worker of compare-options.ts: runs detectChange (with restarts) on the streams it was given.
import { parentPort, workerData } from 'node:worker_threads';
import { detectChange } from '../../src/stats/detect-change.js';
import { simulateStream, toDayResults, type StreamSpec } from '../../src/stats/simulate-stream.js';

interface Job { scenario: string; index: number; seed: number; spec: StreamSpec }
const { jobs, options } = workerData as { jobs: Job[]; options: Record<string, unknown> };
const out = jobs.map((job) => {
  const days = toDayResults(simulateStream(job.spec, job.seed));
  const stopAt = job.spec.drop > 0 ? job.spec.changeDay : Infinity;
  const alarms: { day: number; status: string }[] = [];
  for (let start = 0; days.length - start > 14; ) {
    const v = detectChange(days.slice(start), { ...options, baselineDays: 14 });
    if (v.firstAlarm === null) break;
    const day = start + v.firstAlarm;
    alarms.push({ day, status: v.status });
    if (day >= stopAt) break;
    start = day + 1;
  }
  return { scenario: job.scenario, index: job.index, changeDay: job.spec.changeDay, alarms };
});
parentPort?.postMessage(out);
