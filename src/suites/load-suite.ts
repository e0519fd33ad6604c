import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { usageError } from '../core/errors.js';
import { shortHash } from '../core/ids.js';
import type { Suite, SuiteTemplate, Task } from '../core/task.js';
import { isTemplateDir, loadTemplate } from './templates/load-template.js';
import { loadTask, TASK_LAYOUT } from './load-task.js';

/**
 * Loads a suite: every sub-directory of `dir` holding a `task.toml` is a task, and one holding a
 * `template.toml` is a template of fresh daily variants (see {@link tasksForDate}). The optional
 * `suite.toml` gives the suite's `name` (default: the directory name). The suite's version is a hash
 * over its tasks' ids and versions, so any change to any task is a new suite version.
 */
export function loadSuite(dir: string, nameOverride?: string): Suite {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw usageError('UNKNOWN_SUITE', `suite directory ${abs} does not exist`);
  let name = nameOverride ?? basename(abs);
  const manifest = join(abs, 'suite.toml');
  if (!nameOverride && existsSync(manifest)) {
    const doc = parseToml(readFileSync(manifest, 'utf8')) as { name?: unknown };
    if (typeof doc.name === 'string' && doc.name !== '') name = doc.name;
  }
  const tasks: Task[] = [];
  const templates: SuiteTemplate[] = [];
  for (const entry of readdirSync(abs).sort()) {
    const taskDir = join(abs, entry);
    const st = statSync(taskDir, { throwIfNoEntry: false }); // a dangling link is skipped
    if (!st || !st.isDirectory()) continue;
    if (isTemplateDir(taskDir)) {
      const t = loadTemplate(taskDir);
      templates.push({ id: t.id, dir: t.dir, hash: t.hash, category: t.category, language: t.language, difficulty: t.difficulty, title: t.title });
      continue;
    }
    if (!existsSync(join(taskDir, TASK_LAYOUT.manifest))) continue;
    tasks.push(loadTask(taskDir));
  }
  if (tasks.length + templates.length === 0) throw usageError('UNKNOWN_SUITE', `suite directory ${abs} holds no tasks (each task is a folder with a ${TASK_LAYOUT.manifest}, each template one with a template.toml)`);
  const ids = new Map<string, string>();
  for (const t of [...tasks, ...templates]) {
    const other = ids.get(t.id);
    if (other) throw usageError('TASK_INVALID', `suite ${abs}: task id "${t.id}" is used by both ${other} and ${t.dir}`);
    ids.set(t.id, t.dir);
  }
  const version = shortHash(...tasks.flatMap((t) => [t.id, t.version]), ...templates.flatMap((t) => [`template:${t.id}`, t.hash]));
  return { name, dir: abs, version, tasks, templates };
}
