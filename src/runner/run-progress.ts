import type { Attempt, Outcome } from '../core/attempt.js';

/** Receives a run's progress; the CLI shows a bar on a terminal and log lines otherwise. */
export interface RunProgress {
  start(info: { runId: string; agent: string; date: string; total: number; done: number; resumed: boolean }): void;
  attempt(attempt: Attempt, done: number, total: number): void;
  finish(info: { status: string; counts: Record<Outcome, number> }): void;
}

/** Progress that shows nothing. */
export const silentProgress: RunProgress = { start() {}, attempt() {}, finish() {} };

/** Plain log lines, one per attempt, for logs and non-terminal output. */
export function lineProgress(write: (line: string) => void): RunProgress {
  let agent = '';
  return {
    start(i) {
      agent = i.agent;
      write(`${i.resumed ? 'resuming' : 'starting'} run ${i.runId}: agent ${i.agent}, ${i.date}, ${i.total - i.done} of ${i.total} attempts to go`);
    },
    attempt(a, done, total) {
      const why = a.errorMessage ? ` (${a.errorMessage})` : '';
      write(`[${done}/${total}] ${agent} ${a.taskId}#${a.trial}: ${a.outcome} in ${(a.durationMs / 1000).toFixed(1)} s${why}`);
    },
    finish(i) {
      write(`run ${i.status}: ${i.counts.pass} pass, ${i.counts.fail} fail, ${i.counts.error} error`);
    },
  };
}

/** A single redrawn progress bar for a terminal (stderr). */
export function barProgress(stream: NodeJS.WriteStream): RunProgress {
  const counts = { pass: 0, fail: 0, error: 0 };
  let label = '';
  const draw = (done: number, total: number): void => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    stream.write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  pass ${counts.pass}  fail ${counts.fail}  error ${counts.error}`);
  };
  return {
    start(i) {
      label = `${i.agent} ${i.date}`;
      draw(i.done, i.total);
    },
    attempt(a, done, total) {
      counts[a.outcome] += 1;
      draw(done, total);
    },
    finish(i) {
      stream.write(`\r\x1b[2K${label}: run ${i.status}: ${i.counts.pass} pass, ${i.counts.fail} fail, ${i.counts.error} error\n`);
    },
  };
}
