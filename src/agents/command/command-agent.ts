import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zeroUsage } from '../../core/attempt.js';
import { shortHash } from '../../core/ids.js';
import { redactSecrets } from '../../core/redact.js';
import { cleanEnv } from '../../sandbox/clean-env.js';
import type { Sandbox } from '../../sandbox/sandbox.js';
import { readCliVersion } from '../read-cli-version.js';
import type { AgentAdapter, AgentInfo, AgentResult, AttemptInput } from '../agent-adapter.js';
import { boundText } from '../model-loop/transcript-log.js';
import type { PriceTable } from '../pricing/price-table.js';
import { costOfParsed, parseAgentOutput, type OutputParserName } from './parsers/parse-agent-output.js';

/** Settings of a command agent (see the config's `kind: command`). */
export interface CommandAgentOptions {
  name: string;
  command: readonly string[] | string;
  promptVia: 'stdin' | 'file' | 'arg';
  timeoutSec: number;
  /** Environment for the agent process: the configured `env` plus the `passEnv` variables, resolved. */
  env: Record<string, string>;
  /** PATH used to find the agent's binary (barometer's own PATH). */
  hostPath: string | undefined;
  versionCommand?: readonly string[] | undefined;
  model?: string | undefined;
  onNonZeroExit: 'error' | 'grade';
  /** Sandbox used for `versionCommand` (attempts use the one they are given). */
  sandbox: Sandbox;
  /** Reads usage, cost, turns, tool calls and model from the agent's output (see `parsers/`); none: not parsed. */
  parser?: OutputParserName | undefined;
  /** Prices per model id, over the built-in table; used when the output gives usage but no cost. */
  prices?: PriceTable | undefined;
}

const PROMPT_FILE = 'prompt.md';
/** Output kept of each stream when nothing parses it (head and tail), and the transcript's share of each. */
const TRANSCRIPT_BYTES = 256 * 1024;
/** Output read by a parser: the whole of a long run's event stream, so no counts fall in a cut. */
const PARSED_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * Runs any agent CLI in the attempt's workspace from a command template. The instruction reaches it
 * on stdin, in a file (`{promptFile}`, outside the graded directory) or as an argument (`{prompt}`).
 * Its environment is built from scratch (PATH, a private HOME, and only the variables the config
 * names), its whole process group is killed at the timeout, and its output becomes the transcript,
 * bounded and with secrets redacted. With a `parser`, usage, cost, turns, tool calls and the model
 * are read from that output; output it cannot read leaves them empty and adds a note to the transcript.
 *
 * @example
 * // barometer.config.yaml
 * // - name: aider-sonnet
 * //   kind: command
 * //   command: ["aider", "--yes-always", "--message-file", "{promptFile}"]
 * //   promptVia: file
 * //   parser: aider
 */
export class CommandAgent implements AgentAdapter {
  readonly kind = 'command';
  readonly name: string;
  private version: Promise<string | null> | undefined;

  constructor(private readonly options: CommandAgentOptions) {
    this.name = options.name;
  }

  async describe(): Promise<AgentInfo> {
    const o = this.options;
    const settingsHash = shortHash(
      JSON.stringify({ command: o.command, promptVia: o.promptVia, timeoutSec: o.timeoutSec, model: o.model ?? null, env: Object.keys(o.env).sort(), onNonZeroExit: o.onNonZeroExit }),
    );
    return { version: await this.agentVersion(), model: o.model ?? null, settingsHash };
  }

  async attempt(input: AttemptInput): Promise<AgentResult> {
    const o = this.options;
    const ws = input.workspace;
    const prompt = input.task.instruction;
    const promptFile = join(ws.root, PROMPT_FILE);
    writeFileSync(promptFile, prompt);
    const values: Record<string, string> = { prompt, promptFile, workspace: ws.dir };
    // One pass with a function replacement: the prompt is inserted verbatim ($$, $& stay as they are)
    // and placeholders inside the inserted text are never expanded again.
    const fill = (s: string): string => s.replace(/\{(prompt|promptFile|workspace)\}/g, (_, key: string) => values[key]!);
    const command = typeof o.command === 'string' ? o.command : o.command.map(fill);
    const env = this.agentEnv(ws, { BAROMETER_PROMPT_FILE: promptFile, BAROMETER_WORKSPACE: ws.dir, ...(o.promptVia === 'arg' ? { BAROMETER_PROMPT: prompt } : {}) });
    const r = await input.sandbox.exec({
      command,
      cwd: ws.dir,
      env,
      timeoutMs: o.timeoutSec * 1000,
      network: true,
      signal: input.signal,
      maxOutputBytes: o.parser ? PARSED_OUTPUT_BYTES : TRANSCRIPT_BYTES,
      ...(o.promptVia === 'stdin' ? { stdin: prompt } : {}),
    });
    const parsed = o.parser && !r.spawnError ? parseAgentOutput(o.parser, { stdout: r.stdout, stderr: r.stderr }) : null;
    const notes = parsed?.notes ?? [];
    if (parsed && r.truncated) notes.push(`${o.parser}: the output passed ${PARSED_OUTPUT_BYTES / 1024 / 1024} MiB and its middle was cut; counts from the cut part are missing`);
    const streams = o.parser ? [r.stdout, r.stderr].map((t) => boundText(t, TRANSCRIPT_BYTES)) : [r.stdout, r.stderr];
    const text = streams.filter((t) => t !== '').join('\n--- stderr ---\n') + (notes.length > 0 ? `\n--- barometer ---\n${notes.join('\n')}\n` : '');
    const transcript = redactSecrets(text, Object.values(o.env));
    const base = {
      usage: parsed?.usage ?? zeroUsage(),
      costUsd: parsed ? costOfParsed(parsed, o.model, o.prices) : null,
      turns: parsed?.turns ?? null,
      toolCalls: parsed?.toolCalls ?? {},
      model: parsed?.model ?? o.model ?? null,
      agentVersion: await this.agentVersion(),
      transcript,
      agentMs: r.durationMs,
    };
    if (r.spawnError) return { ...base, status: 'error', message: `agent command could not start: ${r.spawnError}` };
    if (r.aborted) return { ...base, status: 'error', message: 'interrupted' };
    if (r.timedOut) return { ...base, status: 'timeout', message: `agent timed out after ${o.timeoutSec} s` };
    if (r.exitCode !== 0 && o.onNonZeroExit === 'error') {
      return { ...base, status: 'error', message: `agent exited with ${r.exitCode ?? r.signal} (set onNonZeroExit: grade to grade such attempts)` };
    }
    return { ...base, status: 'completed', message: r.exitCode === 0 ? null : `agent exited with ${r.exitCode ?? r.signal}` };
  }

  private agentEnv(ws: { home: string; root: string }, extra: Record<string, string>): Record<string, string> {
    const env = cleanEnv(ws, { ...this.options.env, ...extra });
    if (this.options.hostPath) env.PATH = `${this.options.hostPath}:${env.PATH}`;
    return env;
  }

  private agentVersion(): Promise<string | null> {
    const cmd = this.options.versionCommand;
    if (!cmd) return Promise.resolve(null);
    this.version ??= readCliVersion({
      agent: this.name,
      sandbox: this.options.sandbox,
      argv: cmd,
      env: (ws) => this.agentEnv(ws, {}),
      fix: 'install it, or fix versionCommand (or command) in the config',
    }).then((line) => (line === null ? null : redactSecrets(line, Object.values(this.options.env))));
    return this.version;
  }
}
