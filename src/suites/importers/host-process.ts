import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';

/** How a command run by {@link runHost} ended. */
export interface HostResult {
  /** Exit code; null when it was killed or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it could not start or was killed (e.g. `timed out after 60 s`), else null. */
  failure: string | null;
}

/**
 * The PATH the hidden tests get when graded: the same list as the sandbox's clean environment
 * (src/sandbox/clean-env.ts; importers may not import from the sandbox). Probes for a test runner
 * use it, so "pytest is importable" means importable where the tests will run, not in the user's shell.
 */
export function gradingPath(): string {
  return [dirname(process.execPath), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':');
}

/**
 * A scrubbed environment like the grader's (no API keys or user variables): the grading PATH, the
 * given HOME and TMPDIR, UTF-8, UTC, plus `extra`.
 */
export function hostEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: gradingPath(), HOME: home, TMPDIR: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC', NO_COLOR: '1', CI: '1', PYTHONDONTWRITEBYTECODE: '1', ...extra };
}

/** Runs a program (argv, no shell) synchronously and returns its exit code and output (utf-8). */
export function runHost(argv: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; input?: string | Uint8Array } = {}): HostResult {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('runHost: empty command');
  const r = spawnSync(file, args, {
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
    timeout: options.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  let failure: string | null = null;
  if (r.error) failure = (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out after ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s` : r.error.message;
  else if (r.signal) failure = `killed by ${r.signal}`;
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', failure };
}

/** The last `max` characters of a command's output on one line, for a skip reason. */
export function outputTail(text: string, max = 200): string {
  const one = text.trim().replace(/\s*\n\s*/g, ' | ');
  return one.length > max ? `…${one.slice(-max)}` : one;
}
