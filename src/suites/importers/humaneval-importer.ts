import { z } from 'zod';
import type { ImporterOptions, ImportOutcome } from './import-result.js';
import { importJsonlRows, type RowConversion } from './import-jsonl-rows.js';
import { toTaskId, type TaskDraft } from './write-task-dir.js';

/** One HumanEval problem as published (`HumanEval.jsonl.gz`). */
export const humanEvalRowSchema = z.object({
  task_id: z.string().min(1),
  prompt: z.string().min(1),
  entry_point: z.string().regex(/^[A-Za-z_]\w*$/, { message: 'expected a Python function name' }),
  canonical_solution: z.string(),
  test: z.string().min(1),
});
/** One HumanEval problem. */
export type HumanEvalRow = z.infer<typeof humanEvalRowSchema>;

/** The file the agent completes, in the workspace and the solution. */
export const HUMANEVAL_SOLUTION_FILE = 'solution.py';
/** The hidden test file (under `tests/`). */
export const HUMANEVAL_TEST_FILE = 'test_humaneval.py';
/** Seconds the hidden tests may take. */
export const HUMANEVAL_TIMEOUT_SEC = 20;

/** `HumanEval/0` → `humaneval-0`. */
export function humanEvalTaskId(taskId: string): string {
  return toTaskId(taskId.replace(/^HumanEval\//i, 'humaneval-'));
}

/**
 * The hidden test program: it loads `solution.py` from the workspace root, puts every name the
 * module defines (the entry point, helpers from the prompt such as `poly` or `encode_cyclic`, and
 * its imports) into its own globals — as the dataset's own harness does by running
 * `prompt + completion + test` as one program — then runs the dataset's `check(entry_point)`.
 */
export function humanEvalTestProgram(row: HumanEvalRow): string {
  return [
    `# Hidden tests of ${row.task_id} (HumanEval, MIT licence), written by \`barometer tasks import humaneval\`.`,
    'import os',
    'import sys',
    '',
    "sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))",
    '',
    'import solution as _solution  # noqa: E402',
    '',
    "globals().update({k: v for k, v in vars(_solution).items() if not (k.startswith('__') and k.endswith('__'))})",
    '',
    row.test.trimEnd(),
    '',
    '',
    `check(${row.entry_point})`,
    '',
  ].join('\n');
}

/** What the agent is told: complete the body in `solution.py`, whose current text is shown too (for single-shot models). */
export function humanEvalInstruction(row: HumanEvalRow): string {
  return [
    `# Complete \`${row.entry_point}\` in \`${HUMANEVAL_SOLUTION_FILE}\``,
    '',
    `\`${HUMANEVAL_SOLUTION_FILE}\` holds the signature and docstring of the Python function \`${row.entry_point}\` (with examples), but no body. Write the body so that the function behaves as its docstring describes.`,
    '',
    `- Keep the function's name and signature and the code already in the file; you may add imports and helper functions (Python 3 standard library only).`,
    `- Hidden tests import \`${HUMANEVAL_SOLUTION_FILE}\` from the working directory and call \`${row.entry_point}\` with python3.`,
    `- If you answer in a single reply instead of editing files, reply with the complete new contents of \`${HUMANEVAL_SOLUTION_FILE}\` (the code below with the body filled in) in one \`\`\`python code block, and nothing else.`,
    '',
    `Current contents of \`${HUMANEVAL_SOLUTION_FILE}\`:`,
    '',
    '```python',
    row.prompt.trimEnd(),
    '```',
  ].join('\n');
}

/**
 * Converts one HumanEval problem into a completion task: the workspace is the prompt (signature and
 * docstring) as `solution.py`, the reference solution is prompt + canonical solution, and the hidden
 * test runs the dataset's `check` against the workspace file with `python3 tests/test_humaneval.py`.
 * Difficulty is `medium` for every problem: the dataset has no difficulty labels (see docs/importers.md).
 */
export function humanEvalToDraft(row: HumanEvalRow): RowConversion {
  const id = humanEvalTaskId(row.task_id);
  if (!new RegExp(`^\\s*def\\s+${row.entry_point}\\s*\\(`, 'm').test(row.prompt)) {
    return { id, skip: `prompt does not define the entry point ${row.entry_point}()` };
  }
  if (!/\bdef\s+check\s*\(/.test(row.test)) return { id, skip: 'test does not define check(candidate)' };
  const prompt = row.prompt.endsWith('\n') ? row.prompt : `${row.prompt}\n`;
  const draft: TaskDraft = {
    id,
    manifest: {
      title: `HumanEval ${row.task_id.replace(/^HumanEval\//i, '')}: complete ${row.entry_point}`,
      category: 'completion',
      language: 'python',
      difficulty: 'medium',
      tags: ['humaneval', 'python', 'function-completion'],
      grading: { kind: 'tests', command: `python3 tests/${HUMANEVAL_TEST_FILE}`, timeout_sec: HUMANEVAL_TIMEOUT_SEC },
      source: { format: 'humaneval', id: row.task_id },
    },
    instruction: humanEvalInstruction(row),
    workspace: { [HUMANEVAL_SOLUTION_FILE]: prompt },
    tests: { [HUMANEVAL_TEST_FILE]: humanEvalTestProgram(row) },
    // Exactly the dataset's own reference program: prompt + canonical_solution.
    solution: { [HUMANEVAL_SOLUTION_FILE]: row.prompt + row.canonical_solution },
  };
  return { draft };
}

/** Imports a HumanEval JSONL file (plain or gzip) into task directories under `outDir`. */
export function importHumanEval(file: string, outDir: string, options: ImporterOptions = {}): Promise<ImportOutcome> {
  return importJsonlRows(file, outDir, humanEvalRowSchema, (row) => humanEvalToDraft(row), options);
}
