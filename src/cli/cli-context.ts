import type { Clock } from '../core/clock.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  cwd: string;
  /** The process environment: read here and passed down, never read elsewhere. */
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  clock: Clock;
  /** Number of CPU cores (default concurrency). */
  cores: number;
  /** Fires on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
}

/** Global options every command takes. */
export interface GlobalOptions {
  config?: string;
  db?: string;
}
