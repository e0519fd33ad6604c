/** A fresh directory tree for one attempt, outside the project: `dir` is the agent's working dir. */
export interface Workspace {
  /** Root of the attempt's private tree (holds `work/` and `home/`). */
  root: string;
  /** The working directory the agent sees and the tests run in. */
  dir: string;
  /** A private home directory (agent config, caches), never graded. */
  home: string;
  /** Removes the whole tree. */
  dispose(): Promise<void>;
}

/** What to run inside the sandbox. */
export interface ExecSpec {
  /** argv (no shell), or a string run with `sh -c`. */
  command: readonly string[] | string;
  cwd: string;
  /** The complete environment: nothing is inherited from barometer's own. */
  env: Record<string, string>;
  timeoutMs: number;
  /** Text written to the process's standard input (then closed). */
  stdin?: string;
  /** Bytes of output kept (head and tail); default 64 KiB. */
  maxOutputBytes?: number;
  /** Aborting kills the whole process tree. */
  signal?: AbortSignal;
  /** Whether the process may use the network (agents: yes; hidden tests: no). */
  network: boolean;
}

/** How a sandboxed process ended. */
export interface ExecResult {
  /** Exit code, or null when killed by a signal. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  aborted: boolean;
  /** The process could not be started at all (missing binary, bad cwd): an infrastructure error. */
  spawnError: string | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** True when output was cut to `maxOutputBytes`. */
  truncated: boolean;
}

/**
 * Confined execution. Implementations: `process` (plain process group with limits; the v1 default)
 * and, later, `bubblewrap` (namespaces, read-only system, no network for tests).
 *
 * @example
 * const ws = await sandbox.createWorkspace('attempt');
 * const r = await sandbox.exec({ command: 'node --test tests/a.test.mjs', cwd: ws.dir, env: cleanEnv(ws), timeoutMs: 30_000, network: false });
 */
export interface Sandbox {
  readonly kind: string;
  /** True when the sandbox really confines the process (bubblewrap); false for the plain fallback. */
  readonly confined: boolean;
  createWorkspace(label: string): Promise<Workspace>;
  exec(spec: ExecSpec): Promise<ExecResult>;
}
