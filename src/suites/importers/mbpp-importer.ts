import { z } from 'zod';
import type { ImporterOptions, ImportOutcome } from './import-result.js';
import { importJsonlRows, type RowConversion } from './import-jsonl-rows.js';
import { toTaskId, type TaskDraft } from './write-task-dir.js';

/**
 * One MBPP problem: the original release (`text`) or the sanitized one (`prompt`); `task_id` is a
 * number in both. `test_setup_code` and `challenge_test_list` are optional.
 */
export const mbppRowSchema = z
  .object({
    task_id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]),
    text: z.string().min(1).optional(),
    prompt: z.string().min(1).optional(),
    code: z.string().min(1),
    test_list: z.array(z.string().min(1)).min(1),
    test_setup_code: z.string().default(''),
    challenge_test_list: z.array(z.string()).default([]),
  })
  .refine((r) => r.text !== undefined || r.prompt !== undefined, { message: 'needs "text" (or "prompt"): the problem statement', path: ['text'] });
/** One MBPP problem. */
export type MbppRow = z.infer<typeof mbppRowSchema>;

/** The file the agent writes, in the workspace and the solution. */
export const MBPP_SOLUTION_FILE = 'solution.py';
/** The hidden test file (under `tests/`). */
export const MBPP_TEST_FILE = 'test_mbpp.py';
/** Seconds the hidden tests may take. */
export const MBPP_TIMEOUT_SEC = 20;

/** A top-level function of the reference code: its name and `def` line (without the colon). */
export interface PythonFunctionSignature {
  name: string;
  signature: string;
}

/** The top-level `def`s of a Python source, in order (multi-line parameter lists are joined). */
export function topLevelFunctions(code: string): PythonFunctionSignature[] {
  const out: PythonFunctionSignature[] = [];
  const re = /^def\s+([A-Za-z_]\w*)\s*\(/gm;
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    // Walk to the closing parenthesis of the parameter list, then to the colon (return annotations allowed).
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    const colon = code.indexOf(':', end);
    const raw = code.slice(m.index, colon === -1 ? end + 1 : colon);
    out.push({ name: m[1]!, signature: raw.replace(/\s*\n\s*/g, ' ').trim() });
  }
  return out;
}

/**
 * The function the tests call: the first top-level `def` of the reference code whose name is
 * called in the first test assertion (MBPP's tests name it, so the instruction must too).
 */
export function mbppEntryPoint(row: MbppRow): PythonFunctionSignature | null {
  const first = row.test_list[0] ?? '';
  const defs = topLevelFunctions(row.code.replace(/\r\n/g, '\n'));
  const called = defs.filter((d) => new RegExp(`(^|[^\\w.])${d.name}\\s*\\(`).test(first));
  if (called.length === 0) return null;
  // Several defs called in one assertion (a helper and the entry point): the one called first.
  return called.sort((a, b) => first.search(new RegExp(`(^|[^\\w.])${a.name}\\s*\\(`)) - first.search(new RegExp(`(^|[^\\w.])${b.name}\\s*\\(`)))[0]!;
}

/** The hidden test program: setup code, every name of `solution.py`, then each assertion of `test_list` (and `challenge_test_list`). */
export function mbppTestProgram(row: MbppRow, options: { challenge: boolean }): string {
  const tests = [...row.test_list, ...(options.challenge ? row.challenge_test_list : [])];
  return [
    `# Hidden tests of MBPP problem ${row.task_id}, written by \`barometer tasks import mbpp\`.`,
    'import os',
    'import sys',
    '',
    "sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))",
    '',
    ...(row.test_setup_code.trim() !== '' ? [row.test_setup_code.replace(/\r\n/g, '\n').trimEnd(), ''] : []),
    'import solution as _solution  # noqa: E402',
    '',
    "globals().update({k: v for k, v in vars(_solution).items() if not (k.startswith('__') and k.endswith('__'))})",
    '',
    ...tests.map((t) => t.replace(/\r\n/g, '\n').trim()),
    '',
  ].join('\n');
}

/** What the agent is told, in MBPP's own prompt shape: the problem, the function to write, one example assertion. */
export function mbppInstruction(row: MbppRow, entry: PythonFunctionSignature): string {
  const statement = (row.text ?? row.prompt ?? '').trim();
  return [
    `# MBPP ${row.task_id}: write \`${entry.name}\``,
    '',
    `You are an expert Python programmer, and here is your task: ${statement}`,
    '',
    `Write it in \`${MBPP_SOLUTION_FILE}\` as a function named \`${entry.name}\` with this signature:`,
    '',
    '```python',
    `${entry.signature}:`,
    '```',
    '',
    'Your code should pass tests like this one:',
    '',
    '```python',
    (row.test_list[0] ?? '').trim(),
    '```',
    '',
    `Hidden tests import everything \`${MBPP_SOLUTION_FILE}\` defines and run more assertions like it with python3 (standard library only).`,
    `If you answer in a single reply instead of editing files, reply with the complete contents of \`${MBPP_SOLUTION_FILE}\` in one \`\`\`python code block, and nothing else.`,
  ].join('\n');
}

/**
 * Converts one MBPP problem into a generation task: the workspace holds a one-line placeholder
 * `solution.py`, the reference solution is the dataset's `code`, and the hidden test runs
 * `test_setup_code` + `test_list` (+ `challenge_test_list`, unless disabled) against `solution.py`.
 * Difficulty is `easy`: MBPP was written as entry-level problems (see docs/importers.md).
 */
export function mbppToDraft(row: MbppRow, options: { challenge?: boolean } = {}): RowConversion {
  const id = toTaskId(`mbpp-${row.task_id}`);
  const entry = mbppEntryPoint(row);
  if (entry === null) return { id, skip: 'cannot tell which function of "code" the tests call (no top-level def is called in the first test)' };
  const code = row.code.replace(/\r\n/g, '\n');
  const draft: TaskDraft = {
    id,
    manifest: {
      title: `MBPP ${row.task_id}: ${entry.name}`,
      category: 'generation',
      language: 'python',
      difficulty: 'easy',
      tags: ['mbpp', 'python'],
      grading: { kind: 'tests', command: `python3 tests/${MBPP_TEST_FILE}`, timeout_sec: MBPP_TIMEOUT_SEC },
      source: { format: 'mbpp', id: String(row.task_id) },
    },
    instruction: mbppInstruction(row, entry),
    workspace: { [MBPP_SOLUTION_FILE]: `# Write ${entry.name} here (see the instruction).\n` },
    tests: { [MBPP_TEST_FILE]: mbppTestProgram(row, { challenge: options.challenge ?? true }) },
    solution: { [MBPP_SOLUTION_FILE]: code.endsWith('\n') ? code : `${code}\n` },
  };
  return { draft };
}

/** Imports an MBPP JSONL file (plain or gzip) into task directories under `outDir`. */
export function importMbpp(file: string, outDir: string, options: ImporterOptions = {}): Promise<ImportOutcome> {
  return importJsonlRows(file, outDir, mbppRowSchema, (row) => mbppToDraft(row), options);
}
