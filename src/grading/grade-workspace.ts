import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { copyFilesNoFollow } from '../core/files.js';
import type { Task } from '../core/task.js';
import { cleanEnv } from '../sandbox/clean-env.js';
import type { Sandbox, Workspace } from '../sandbox/sandbox.js';
import { matchAnswer } from './match-answer.js';

/** The verdict of grading one finished workspace. */
export interface GradeResult {
  outcome: 'pass' | 'fail' | 'error';
  /** Short reason for a fail or an error (e.g. "tests timed out after 30 s"). */
  reason: string | null;
  /** What the hidden tests printed (bounded), or null for answer-key tasks. */
  testOutput: string | null;
  testMs: number;
  /** The answer read from the workspace, for answer-key tasks. */
  answer: string | null;
}

const MAX_ANSWER_BYTES = 16 * 1024;

/** Options of {@link gradeWorkspace}. */
export interface GradeOptions {
  /** Overrides the task's own test timeout. */
  timeoutSec?: number | undefined;
  signal?: AbortSignal;
}

/**
 * Grades a workspace the agent has finished with. For `tests` tasks the hidden tests are copied in
 * now (never before), then the task's command runs in the sandbox without network and with a
 * scrubbed environment: exit 0 is a pass, anything else (including a timeout) is a fail. For
 * `answer` tasks the answer file is compared with the key. Only a fault of the harness (the test
 * command cannot start) is an `error`.
 */
export async function gradeWorkspace(task: Task, ws: Workspace, sandbox: Sandbox, options: GradeOptions = {}): Promise<GradeResult> {
  const g = task.grading;
  if (g.kind === 'answer') {
    const file = resolve(ws.dir, g.file);
    if (!file.startsWith(ws.dir + sep)) return { outcome: 'error', reason: `answer file ${g.file} lies outside the workspace`, testOutput: null, testMs: 0, answer: null };
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) return { outcome: 'fail', reason: `the answer ${g.file} is a symbolic link, not a file`, testOutput: null, testMs: 0, answer: null };
    if (!st || !st.isFile()) {
      return { outcome: 'fail', reason: `no answer: ${g.file} was not written`, testOutput: null, testMs: 0, answer: null };
    }
    // A folder on the way may itself be a link the agent planted.
    if (!realpathSync(file).startsWith(realpathSync(ws.dir) + sep)) {
      return { outcome: 'fail', reason: `the answer ${g.file} resolves outside the workspace`, testOutput: null, testMs: 0, answer: null };
    }
    const answer = readFileSync(file).subarray(0, MAX_ANSWER_BYTES).toString('utf8');
    const ok = matchAnswer(answer, g);
    return { outcome: ok ? 'pass' : 'fail', reason: ok ? null : 'answer does not match the key', testOutput: null, testMs: 0, answer };
  }
  // The agent may have planted links: hidden tests must land inside the workspace, never through them.
  copyFilesNoFollow(task.dir, ws.dir, task.testFiles.map((f) => `tests/${f}`));
  const timeoutSec = options.timeoutSec ?? g.timeoutSec;
  const r = await sandbox.exec({
    command: g.command,
    cwd: ws.dir,
    env: cleanEnv(ws),
    timeoutMs: timeoutSec * 1000,
    network: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const testOutput = [r.stdout, r.stderr].filter((s) => s !== '').join('\n--- stderr ---\n');
  if (r.spawnError) return { outcome: 'error', reason: `test command could not start: ${r.spawnError}`, testOutput, testMs: r.durationMs, answer: null };
  if (r.aborted) return { outcome: 'error', reason: 'grading was interrupted', testOutput, testMs: r.durationMs, answer: null };
  // The shell's "command not found" / "not executable": the grader's machine lacks a tool (python3,
  // node…), which is an infrastructure fault, not the agent's failure.
  if (!r.timedOut && (r.exitCode === 127 || r.exitCode === 126)) {
    const missing = /(?:^|\n)(?:\/bin\/sh: \d+: )?([^:\n]+): (?:not found|Permission denied)/.exec(r.stderr)?.[1];
    return {
      outcome: 'error',
      reason: `the test command could not run (exit ${r.exitCode}${missing ? `: ${missing} not found or not executable` : ''}); install what the task needs on the grading machine`,
      testOutput,
      testMs: r.durationMs,
      answer: null,
    };
  }
  if (r.timedOut) return { outcome: 'fail', reason: `tests timed out after ${timeoutSec} s`, testOutput, testMs: r.durationMs, answer: null };
  if (r.exitCode === 0) return { outcome: 'pass', reason: null, testOutput, testMs: r.durationMs, answer: null };
  return { outcome: 'fail', reason: `tests failed (exit ${r.exitCode ?? r.signal})`, testOutput, testMs: r.durationMs, answer: null };
}
