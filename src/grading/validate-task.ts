import { join } from 'node:path';
import { copyFiles } from '../core/files.js';
import type { Task } from '../core/task.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { gradeWorkspace, type GradeResult } from './grade-workspace.js';

/** One check of a task: which variant was graded, what was expected and what happened. */
export interface TaskCheck {
  variant: 'untouched' | 'solution' | 'wrong';
  expected: 'pass' | 'fail';
  outcome: GradeResult['outcome'];
  ok: boolean;
  reason: string | null;
  ms: number;
}

/** The validation of one task. */
export interface TaskValidation {
  taskId: string;
  valid: boolean;
  /** The reference solution both passed and failed across repeats: a flaky task (also invalid). */
  flaky: boolean;
  checks: TaskCheck[];
}

/**
 * Proves a task can tell right from wrong: the untouched workspace must fail, the reference solution
 * must pass (on every one of `repeats` runs, to catch flaky tests), and the plausible wrong solution,
 * when there is one, must fail. Each variant is graded exactly as an agent's attempt would be.
 */
export async function validateTask(task: Task, sandbox: Sandbox, options: { repeats?: number; signal?: AbortSignal } = {}): Promise<TaskValidation> {
  const checks: TaskCheck[] = [];
  const variants: { variant: TaskCheck['variant']; expected: 'pass' | 'fail'; overlay: string | null; files: string[] }[] = [
    { variant: 'untouched', expected: 'fail', overlay: null, files: [] },
    ...Array.from({ length: Math.max(1, options.repeats ?? 1) }, () => ({ variant: 'solution' as const, expected: 'pass' as const, overlay: 'solution', files: task.solutionFiles })),
  ];
  if (task.wrongFiles.length > 0) variants.push({ variant: 'wrong', expected: 'fail', overlay: 'wrong', files: task.wrongFiles });
  for (const v of variants) {
    const ws = await sandbox.createWorkspace(`validate-${task.id}`);
    try {
      copyFiles(join(task.dir, 'workspace'), ws.dir, task.workspaceFiles);
      if (v.overlay) copyFiles(join(task.dir, v.overlay), ws.dir, v.files);
      const t0 = performance.now();
      const g = await gradeWorkspace(task, ws, sandbox, options.signal ? { signal: options.signal } : {});
      checks.push({ variant: v.variant, expected: v.expected, outcome: g.outcome, ok: g.outcome === v.expected, reason: g.reason, ms: performance.now() - t0 });
    } finally {
      await ws.dispose();
    }
  }
  const solutionOutcomes = new Set(checks.filter((c) => c.variant === 'solution').map((c) => c.outcome));
  return { taskId: task.id, valid: checks.every((c) => c.ok), flaky: solutionOutcomes.size > 1, checks };
}
