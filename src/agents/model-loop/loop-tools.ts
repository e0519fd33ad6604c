import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cleanEnv } from '../../sandbox/clean-env.js';
import type { Sandbox, Workspace } from '../../sandbox/sandbox.js';
import type { ToolCall, ToolSpec } from './model-provider.js';
import { resolveInWorkspace } from './workspace-path.js';

/** Limits of the fixed tools. */
export const LOOP_TOOL_LIMITS = Object.freeze({
  /** Entries `list_files` returns at most. */
  listEntries: 500,
  /** Characters `read_file` returns at most (head of the file). */
  readChars: 100_000,
  /** Characters of a `run_command` output returned to the model (head and tail). */
  commandOutputChars: 16_000,
});

/** The fixed tool set of `mode: agent`, identical for every provider. */
export const LOOP_TOOLS: readonly ToolSpec[] = Object.freeze([
  {
    name: 'list_files',
    description: 'List the files under a directory of the workspace, recursively (paths relative to the workspace; directories end with /).',
    inputSchema: { type: 'object', properties: { path: { type: 'string', description: 'Directory relative to the workspace; default "."' } }, additionalProperties: false },
  },
  {
    name: 'read_file',
    description: 'Read a text file of the workspace.',
    inputSchema: { type: 'object', properties: { path: { type: 'string', description: 'File path relative to the workspace' } }, required: ['path'], additionalProperties: false },
  },
  {
    name: 'write_file',
    description: 'Create or overwrite a file of the workspace with the given complete content (parent directories are created).',
    inputSchema: {
      type: 'object',
      properties: { path: { type: 'string', description: 'File path relative to the workspace' }, content: { type: 'string', description: 'The complete file content' } },
      required: ['path', 'content'],
      additionalProperties: false,
    },
  },
  {
    name: 'run_command',
    description: 'Run a shell command (sh -c) in the workspace, without network access and with a time limit. Returns the exit code and the output.',
    inputSchema: { type: 'object', properties: { command: { type: 'string', description: 'The shell command' } }, required: ['command'], additionalProperties: false },
  },
  {
    name: 'finish',
    description: 'Call when the task is done, with a one-line summary. Ends the session.',
    inputSchema: { type: 'object', properties: { summary: { type: 'string', description: 'One line on what was done' } }, additionalProperties: false },
  },
]);

/** Where the tools act. */
export interface ToolContext {
  workspace: Workspace;
  sandbox: Sandbox;
  /** Wall-clock limit of one `run_command`, in ms. */
  commandTimeoutMs: number;
  signal: AbortSignal;
}

/** What a tool call produced. */
export interface ToolOutcome {
  content: string;
  isError: boolean;
  /** True for `finish`. */
  finish: boolean;
}

function str(input: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = input[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string') throw new Error(`"${key}" must be a string`);
  return v;
}

function listFiles(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (out.length >= LOOP_TOOL_LIMITS.listEntries) return;
    if (name === '.git' || name === 'node_modules') continue;
    const abs = join(dir, name);
    const isDir = statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
    out.push(relative(root, abs) + (isDir ? '/' : ''));
    if (isDir) listFiles(root, abs, out);
  }
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const half = Math.floor(max / 2);
  return `${s.slice(0, half)}\n[… ${s.length - max} characters cut …]\n${s.slice(-half)}`;
}

/**
 * Runs one tool call of the fixed loop. File tools are confined to the workspace; `run_command`
 * runs through the sandbox with a from-scratch environment (no API keys, no secrets), no network
 * and `commandTimeoutMs`. Bad input is an error result for the model, never an exception.
 */
export async function executeLoopTool(call: ToolCall, ctx: ToolContext): Promise<ToolOutcome> {
  const ok = (content: string): ToolOutcome => ({ content, isError: false, finish: false });
  try {
    if (call.input === null) throw new Error('the arguments were not valid JSON');
    const input = call.input;
    const ws = ctx.workspace.dir;
    switch (call.name) {
      case 'list_files': {
        const dir = resolveInWorkspace(ws, str(input, 'path', false) ?? '.');
        const out: string[] = [];
        listFiles(ws, dir, out);
        return ok(out.length === 0 ? '(no files)' : out.join('\n') + (out.length >= LOOP_TOOL_LIMITS.listEntries ? '\n[… more entries not listed]' : ''));
      }
      case 'read_file': {
        const path = resolveInWorkspace(ws, str(input, 'path', true)!);
        const text = readFileSync(path, 'utf8');
        return ok(text.length > LOOP_TOOL_LIMITS.readChars ? `${text.slice(0, LOOP_TOOL_LIMITS.readChars)}\n[… ${text.length - LOOP_TOOL_LIMITS.readChars} more characters]` : text);
      }
      case 'write_file': {
        const rel = str(input, 'path', true)!;
        const content = str(input, 'content', true)!;
        const path = resolveInWorkspace(ws, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
        return ok(`wrote ${Buffer.byteLength(content)} bytes to ${relative(ws, path)}`);
      }
      case 'run_command': {
        const command = str(input, 'command', true)!;
        const r = await ctx.sandbox.exec({
          command,
          cwd: ws,
          env: cleanEnv(ctx.workspace),
          timeoutMs: ctx.commandTimeoutMs,
          network: false,
          signal: ctx.signal,
          maxOutputBytes: 64 * 1024,
        });
        const status = r.spawnError ? `could not start: ${r.spawnError}` : r.timedOut ? `killed after ${ctx.commandTimeoutMs / 1000} s (time limit)` : `exit code ${r.exitCode ?? r.signal}`;
        const body = [r.stdout && `stdout:\n${r.stdout}`, r.stderr && `stderr:\n${r.stderr}`].filter(Boolean).join('\n');
        return { content: clip(`${status}\n${body}`, LOOP_TOOL_LIMITS.commandOutputChars), isError: r.exitCode !== 0, finish: false };
      }
      case 'finish':
        return { content: 'finished', isError: false, finish: true };
      default:
        throw new Error(`unknown tool "${call.name}"; the tools are ${LOOP_TOOLS.map((t) => t.name).join(', ')}`);
    }
  } catch (err) {
    return { content: `error: ${(err as Error).message}`, isError: true, finish: false };
  }
}
