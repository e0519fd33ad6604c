import { listFiles, hashFiles } from '../core/files.js';
import type { Task } from '../core/task.js';
import type { Workspace } from '../sandbox/sandbox.js';
import type { GradeResult } from './grade-workspace.js';

/**
 * Remembers grading results by task version + a hash of the finished workspace, so that the same
 * solution of the same task is graded once. Meant for deterministic tasks and simulated agents (the
 * demo); real runs grade every attempt.
 */
export class GradeCache {
  private readonly results = new Map<string, GradeResult>();
  hits = 0;
  misses = 0;

  /** The cache key of a finished workspace (call before hidden tests are copied in). */
  key(task: Task, ws: Workspace): string {
    const files = listFiles(ws.dir);
    return `${task.id}@${task.version}:${hashFiles(ws.dir, files)}`;
  }

  get(key: string): GradeResult | undefined {
    const r = this.results.get(key);
    if (r) this.hits += 1;
    else this.misses += 1;
    return r;
  }

  /** Stores a result; errors are never cached (they may be transient). */
  set(key: string, result: GradeResult): void {
    if (result.outcome !== 'error') this.results.set(key, result);
  }
}
