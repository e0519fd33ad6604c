/** Helpers to drive the real Claude Code CLI against the fake Anthropic server in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task } from '../../src/core/task.js';
import { ROOT } from './cli.js';
import type { FakeResponse, FakeUsage, MessagesRequestBody } from './fake-anthropic-server.js';

/** The project's own Claude Code CLI (devDependency, pinned 2.1.197), or null when it is not installed. */
export function claudeBin(): string | null {
  const bin = join(ROOT, 'node_modules', '.bin', 'claude');
  if (!existsSync(bin)) return null;
  // Without its postinstall the bin is a small shell stub that only prints an error.
  const head = readFileSync(bin).subarray(0, 4);
  return head.toString('latin1') === '\x7fELF' ? bin : null;
}

/** Why Claude Code tests are skipped, or false when they run. */
export function claudeSkipReason(): string | false {
  return claudeBin() === null ? 'the Claude Code CLI is not installed (npm install installs @anthropic-ai/claude-code@2.1.197 with its postinstall)' : false;
}

/** The workspace the CLI runs in, read from its system prompt ("Primary working directory: …"). */
export function workingDirectoryOf(body: MessagesRequestBody): string {
  const m = /Primary working directory: ([^\n"\\]+)/.exec(JSON.stringify(body));
  if (!m) throw new Error('the request carries no working directory');
  return m[1]!.trim();
}

/** Usage the fake server reports for each turn of the "read, write, answer" script. */
export const SCRIPT_USAGE: FakeUsage[] = [
  { input_tokens: 1000, output_tokens: 100, cache_creation_input_tokens: 2000, cache_read_input_tokens: 3000 },
  { input_tokens: 1200, output_tokens: 300, cache_read_input_tokens: 5000 },
  { input_tokens: 1500, output_tokens: 20, cache_read_input_tokens: 6000 },
];

/**
 * A three-turn script in the CLI's own tools: turn 1 Reads the starting files it will replace (the
 * CLI refuses to Write over a file it has not read), turn 2 Writes every file of the task's
 * `solution/` (or `wrong/`) at its absolute path in the CLI's working directory, turn 3 answers.
 */
export function writeFilesScript(task: Task, which: 'solution' | 'wrong' = 'solution'): Array<(body: MessagesRequestBody) => FakeResponse> {
  const files = which === 'solution' ? task.solutionFiles : task.wrongFiles;
  const existing = files.filter((f) => task.workspaceFiles.includes(f));
  return [
    (body) => ({
      kind: 'message',
      content: [{ type: 'text', text: 'Let me look at the file first.' }, ...existing.map((f) => ({ type: 'tool_use' as const, name: 'Read', input: { file_path: join(workingDirectoryOf(body), f) } }))],
      usage: SCRIPT_USAGE[0],
    }),
    (body) => ({
      kind: 'message',
      content: files.map((f) => ({ type: 'tool_use' as const, name: 'Write', input: { file_path: join(workingDirectoryOf(body), f), content: readFileSync(join(task.dir, which, f), 'utf8') } })),
      usage: SCRIPT_USAGE[1],
    }),
    () => ({ kind: 'message', content: [{ type: 'text', text: 'Done.' }], usage: SCRIPT_USAGE[2] }),
  ];
}
