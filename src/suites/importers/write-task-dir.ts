import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { stringify as stringifyToml } from 'smol-toml';
import type { Difficulty, TaskCategory } from '../../core/task.js';

/** A file's content, optionally with its permission bits (e.g. `0o755` for a script). */
export type FileContent = string | Uint8Array | { content: string | Uint8Array; mode: number };
/** Relative path (with `/`) → file content. */
export type FileMap = Record<string, FileContent>;

/** The `task.toml` of an imported task (snake_case as on disk); `source` records provenance. */
export interface ImportedManifest {
  title: string;
  category: TaskCategory;
  language: string;
  difficulty: Difficulty;
  tags: string[];
  grading: { kind: 'tests'; command: string; timeout_sec: number };
  /** Where the task came from, e.g. `{ format: "humaneval", id: "HumanEval/0" }`. Ignored by the loader. */
  source: Record<string, string>;
}

/** A task ready to be written: its manifest, instruction and the files of each folder. */
export interface TaskDraft {
  id: string;
  manifest: ImportedManifest;
  instruction: string;
  workspace: FileMap;
  tests: FileMap;
  solution: FileMap;
  /** Fills `workspace/` with further files (e.g. a repository export) after `workspace` is written. */
  fillWorkspace?: (workspaceDir: string) => void;
}

/** Task ids barometer accepts (the rule of `task.toml`'s `id`). */
export const TASK_ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Turns any name into a valid task id: lowercase, runs of other characters become `-`. */
export function toTaskId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
  return id === '' ? 'task' : id;
}

/** Writes the files of `map` under `dir`, refusing paths that would leave it. */
export function writeFileMap(dir: string, map: FileMap): void {
  const root = resolve(dir);
  for (const [rel, content] of Object.entries(map)) {
    const target = resolve(root, rel);
    if (!target.startsWith(root + sep)) throw new Error(`file path ${rel} lies outside ${dir}`);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(target, content);
    else {
      writeFileSync(target, content.content);
      chmodSync(target, content.mode & 0o777);
    }
  }
}

/**
 * Writes one task directory `<outDir>/<id>` (task.toml, instruction.md, workspace/, tests/,
 * solution/). It is built in a hidden staging folder of `outDir` and renamed into place, so a failure
 * never leaves half a task behind. An existing `<outDir>/<id>` is replaced only when `force` is set.
 * Returns the task's directory.
 */
export function writeTaskDir(outDir: string, draft: TaskDraft, options: { force?: boolean } = {}): string {
  if (!TASK_ID_PATTERN.test(draft.id)) throw new Error(`"${draft.id}" is not a valid task id (lowercase letters, digits, ".", "_" or "-")`);
  const finalDir = join(outDir, draft.id);
  if (existsSync(finalDir) && !options.force) throw new Error(`${finalDir} already exists (pass --force to replace it)`);
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(outDir, `.importing-${draft.id}-`));
  try {
    writeFileSync(join(staging, 'instruction.md'), `${draft.instruction.trim()}\n`);
    for (const folder of ['workspace', 'tests', 'solution'] as const) {
      mkdirSync(join(staging, folder), { recursive: true });
      writeFileMap(join(staging, folder), draft[folder]);
    }
    draft.fillWorkspace?.(join(staging, 'workspace'));
    // The manifest goes last: a staging folder left by a crash has none, so no loader mistakes it for a task.
    writeFileSync(join(staging, 'task.toml'), `${stringifyToml(draft.manifest)}\n`);
    if (existsSync(finalDir)) rmSync(finalDir, { recursive: true, force: true });
    renameSync(staging, finalDir);
    return finalDir;
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
