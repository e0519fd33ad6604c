import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CappedBuffer } from '../capped-buffer.js';
import type { ExecResult, ExecSpec, Sandbox, Workspace } from '../sandbox.js';

const DEFAULT_MAX_OUTPUT = 64 * 1024;
/** How long output may still drain after the main process ended before the pipes are cut. */
const PIPE_GRACE_MS = 200;

/**
 * The plain-process sandbox: each command runs in its own process group with a scrubbed
 * environment and a wall-clock timeout, and on timeout or abort the whole group is killed. It does
 * NOT confine the file system or the network; the bubblewrap sandbox does. `baseDir` is where
 * workspaces are made (default: the OS temp dir, outside any project).
 */
export class ProcessSandbox implements Sandbox {
  readonly kind = 'process';
  readonly confined = false;

  constructor(private readonly baseDir: string = tmpdir()) {}

  async createWorkspace(label: string): Promise<Workspace> {
    const safe = label.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
    const root = mkdtempSync(join(this.baseDir, `barometer-${safe}-`));
    const dir = join(root, 'work');
    const home = join(root, 'home');
    for (const d of [dir, home, join(root, 'tmp')]) mkdirSync(d, { recursive: true });
    return { root, dir, home, dispose: () => rm(root, { recursive: true, force: true, maxRetries: 3 }) };
  }

  exec(spec: ExecSpec): Promise<ExecResult> {
    const started = performance.now();
    const limit = spec.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stdout = new CappedBuffer(limit);
    const stderr = new CappedBuffer(limit);
    const [file, args] = typeof spec.command === 'string' ? ['/bin/sh', ['-c', spec.command]] : [spec.command[0]!, spec.command.slice(1)];
    return new Promise<ExecResult>((resolvePromise) => {
      let timedOut = false;
      let aborted = false;
      let settled = false;
      let child: ChildProcessWithoutNullStreams;
      try {
        child = spawn(file, args, {
          cwd: spec.cwd,
          env: spec.env,
          detached: true, // own process group, so the whole tree can be killed
          stdio: ['pipe', 'pipe', 'pipe'],
        });
      } catch (err) {
        // Some failures (E2BIG: arguments too long) throw at once instead of emitting 'error'.
        resolvePromise({ exitCode: null, signal: null, spawnError: (err as Error).message, timedOut: false, aborted: false, durationMs: performance.now() - started, stdout: '', stderr: '', truncated: false });
        return;
      }
      const killTree = (): void => {
        if (child.pid === undefined) return;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      };
      let exited: { exitCode: number | null; signal: string | null } | null = null;
      let grace: NodeJS.Timeout | undefined;
      // Once the main process is gone (or killed), give the pipes a moment to drain, then stop
      // waiting: a descendant that escaped the process group (setsid) must not hold the result.
      const closeSoon = (): void => {
        grace ??= setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          finish(exited ?? { exitCode: null, signal: 'SIGKILL' }, null);
        }, PIPE_GRACE_MS);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        killTree();
        closeSoon();
      }, spec.timeoutMs);
      const onAbort = (): void => {
        aborted = true;
        killTree();
        closeSoon();
      };
      spec.signal?.addEventListener('abort', onAbort, { once: true });
      if (spec.signal?.aborted) onAbort();
      const finish = (status: { exitCode: number | null; signal: string | null }, spawnError: string | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(grace);
        spec.signal?.removeEventListener('abort', onAbort);
        // Anything the command left behind in its group goes too.
        killTree();
        resolvePromise({
          ...status,
          spawnError,
          timedOut,
          aborted,
          durationMs: performance.now() - started,
          stdout: stdout.toString(),
          stderr: stderr.toString(),
          truncated: stdout.truncated || stderr.truncated,
        });
      };
      child.stdout.on('data', (c: Buffer) => stdout.push(c));
      child.stderr.on('data', (c: Buffer) => stderr.push(c));
      child.stdin.on('error', () => undefined); // a command that ignores stdin may close it early
      child.stdin.end(spec.stdin ?? '');
      // When the main process exits, the timeout no longer applies to it, and what it started in its
      // group goes too (no stray daemons holding the pipes).
      child.on('exit', (code, signal) => {
        exited = { exitCode: code, signal };
        clearTimeout(timer);
        killTree();
        closeSoon();
      });
      child.on('error', (err) => finish({ exitCode: null, signal: null }, err.message));
      child.on('close', (code, signal) => finish(exited ?? { exitCode: code, signal }, null));
    });
  }
}
