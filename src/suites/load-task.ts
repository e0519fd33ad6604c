import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { usageError } from '../core/errors.js';
import { hashFiles, listFiles } from '../core/files.js';
import { DIFFICULTIES, TASK_CATEGORIES, type Task } from '../core/task.js';

/** What a task id may look like. */
const TASK_ID = /^[a-z0-9][a-z0-9._-]*$/;

const taskTomlSchema = z
  .object({
    id: z.string().regex(TASK_ID, { message: 'expected lowercase letters, digits, ".", "_" or "-"' }).optional(),
    title: z.string().min(1),
    category: z.enum(TASK_CATEGORIES),
    language: z.string().min(1),
    difficulty: z.enum(DIFFICULTIES),
    tags: z.array(z.string()).default([]),
    grading: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('tests'),
          command: z.string().min(1),
          timeout_sec: z.number().positive().max(3600).default(60),
        })
        .strict(),
      z
        .object({
          kind: z.literal('answer'),
          file: z.string().min(1),
          expected: z.union([z.string(), z.array(z.string()).min(1)]),
          match: z.enum(['exact', 'normalized', 'regex']).default('normalized'),
          label: z.string().optional(),
        })
        .strict(),
    ]),
  })
  .passthrough();

/** Files and folders of a task directory (a layout close to Harbor's). */
export const TASK_LAYOUT = {
  manifest: 'task.toml',
  instruction: 'instruction.md',
  workspace: 'workspace',
  tests: 'tests',
  solution: 'solution',
  wrong: 'wrong',
} as const;

/**
 * Loads one task from its directory:
 * `task.toml` (metadata and grading), `instruction.md` (what the agent is told), `workspace/` (the
 * files it starts with), `tests/` (hidden tests), `solution/` (reference files overlaid onto the
 * workspace) and optionally `wrong/` (a plausible wrong solution). Problems are one-line errors
 * (exit code 2) naming the task directory.
 */
export function loadTask(dir: string): Task {
  const where = `task ${dir}`;
  const manifestPath = join(dir, TASK_LAYOUT.manifest);
  if (!existsSync(manifestPath)) throw usageError('TASK_INVALID', `${where}: missing ${TASK_LAYOUT.manifest}`);
  let manifestRaw: unknown;
  try {
    manifestRaw = parseToml(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    const at = e.line !== undefined ? ` at line ${e.line}, column ${e.column ?? 0}` : '';
    throw usageError('TASK_INVALID', `${where}: ${TASK_LAYOUT.manifest} is not valid TOML${at}: ${e.message.split('\n')[0]}`, err);
  }
  const parsed = taskTomlSchema.safeParse(manifestRaw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('TASK_INVALID', `${where}: ${TASK_LAYOUT.manifest}: ${issue.path.join('.') || '<root>'}: ${issue.message.replace(/^Invalid input: /, '')}`);
  }
  const m = parsed.data;
  const instructionPath = join(dir, TASK_LAYOUT.instruction);
  if (!existsSync(instructionPath)) throw usageError('TASK_INVALID', `${where}: missing ${TASK_LAYOUT.instruction} (what the agent is told)`);
  const instruction = readFileSync(instructionPath, 'utf8').trim();
  if (instruction === '') throw usageError('TASK_INVALID', `${where}: ${TASK_LAYOUT.instruction} is empty`);

  const sub = (name: string): string[] => {
    const p = join(dir, name);
    return existsSync(p) && statSync(p).isDirectory() ? listFiles(p) : [];
  };
  const workspaceFiles = sub(TASK_LAYOUT.workspace);
  const testFiles = sub(TASK_LAYOUT.tests);
  const solutionFiles = sub(TASK_LAYOUT.solution);
  const wrongFiles = sub(TASK_LAYOUT.wrong);
  if (m.grading.kind === 'tests' && testFiles.length === 0) {
    throw usageError('TASK_INVALID', `${where}: missing its hidden tests: grading kind "tests" needs files in ${TASK_LAYOUT.tests}/`);
  }
  if (solutionFiles.length === 0) {
    throw usageError('TASK_INVALID', `${where}: missing its reference solution: put the solved files in ${TASK_LAYOUT.solution}/`);
  }

  const grading =
    m.grading.kind === 'tests'
      ? { kind: 'tests' as const, command: m.grading.command, timeoutSec: m.grading.timeout_sec }
      : {
          kind: 'answer' as const,
          file: m.grading.file,
          expected: Array.isArray(m.grading.expected) ? m.grading.expected : [m.grading.expected],
          match: m.grading.match,
          ...(m.grading.label !== undefined ? { label: m.grading.label } : {}),
        };
  if (grading.kind === 'answer' && grading.match === 'regex') {
    for (const pattern of grading.expected) {
      try {
        new RegExp(pattern);
      } catch {
        throw usageError('TASK_INVALID', `${where}: grading.expected: "${pattern}" is not a valid regular expression`);
      }
    }
  }

  const id = m.id ?? basename(dir);
  if (!TASK_ID.test(id)) {
    throw usageError('TASK_INVALID', `${where}: task id "${id}" (from the directory name) must be lowercase letters, digits, ".", "_" or "-": rename the directory or set id in ${TASK_LAYOUT.manifest}`);
  }
  const allFiles = listFiles(dir);
  return {
    id,
    title: m.title,
    category: m.category,
    language: m.language,
    difficulty: m.difficulty,
    tags: m.tags,
    instruction,
    dir,
    workspaceFiles,
    testFiles,
    solutionFiles,
    wrongFiles,
    grading,
    version: hashFiles(dir, allFiles).slice(0, 12),
  };
}
