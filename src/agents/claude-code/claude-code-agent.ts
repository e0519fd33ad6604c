import { join } from 'node:path';
import { shortHash } from '../../core/ids.js';
import { redactSecrets } from '../../core/redact.js';
import { cleanEnv } from '../../sandbox/clean-env.js';
import type { Sandbox, Workspace } from '../../sandbox/sandbox.js';
import { readCliVersion } from '../read-cli-version.js';
import type { AgentAdapter, AgentInfo, AgentResult, AttemptInput } from '../agent-adapter.js';
import { boundText } from '../model-loop/transcript-log.js';
import { costFromUsage, type PriceTable } from '../pricing/price-table.js';
import { parseStreamJson, usageOf, type ClaudeStreamSummary } from './parse-stream-json.js';

/** Permission modes fit for unattended runs. */
export type ClaudePermissionMode = 'bypassPermissions' | 'acceptEdits' | 'default';

/** Settings of a `claude-code` agent (see the config's `kind: claude-code`). */
export interface ClaudeCodeAgentOptions {
  name: string;
  /** The CLI: a path or a name looked up on PATH. */
  bin: string;
  model?: string | undefined;
  permissionMode: ClaudePermissionMode;
  maxTurns?: number | undefined;
  allowedTools: readonly string[];
  disallowedTools: readonly string[];
  appendSystemPrompt?: string | undefined;
  extraArgs: readonly string[];
  /** Outer timeout of one attempt (the process group is killed). */
  timeoutSec: number;
  /** `CLAUDE_CODE_MAX_RETRIES`. */
  maxRetries: number;
  /** `API_TIMEOUT_MS`. */
  apiTimeoutMs: number;
  /** Extra environment for the CLI (the configured `env`, resolved): API key, base URL… */
  env: Record<string, string>;
  /** barometer's PATH, put in front of the clean PATH so `bin` is found. */
  hostPath: string | undefined;
  /** Fallback prices when the CLI reports no cost. */
  prices: PriceTable;
  /** Sandbox used for `--version` (attempts use the one they are given). */
  sandbox: Sandbox;
  /** Whether barometer runs as root (then `bypassPermissions` needs `IS_SANDBOX=1`). Default: from the process. */
  isRoot?: boolean | undefined;
  /** Most attempts at once (read by the runner). */
  maxConcurrency?: number | undefined;
}

/** Provenance of a Claude Code agent. */
export interface ClaudeCodeAgentInfo extends AgentInfo {
  kind: 'claude-code';
  /** Hash of `appendSystemPrompt` (null when none; the CLI's own prompt is versioned with the CLI). */
  systemPromptHash: string | null;
}

/** Bytes of CLI output read per attempt (head and tail); the transcript keeps 256 KiB of it. */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * Runs the installed Claude Code CLI, unmodified, headless in the attempt's workspace:
 * `claude -p <instruction> --output-format stream-json --verbose --permission-mode <mode> […]`, with
 * an environment built from scratch (a private HOME and CLAUDE_CONFIG_DIR, non-essential traffic,
 * telemetry and auto-update off, `CLAUDE_CODE_MAX_RETRIES`, `API_TIMEOUT_MS`, and the configured
 * `env`). Tokens, cost and turns come from the final `result` event; tool calls from the `tool_use`
 * blocks. An API failure (`is_error` with an API status, or no `result` at all, e.g. killed at the
 * outer timeout) is an `error`; `error_max_turns` is the agent's own failure and is graded.
 *
 * @example
 * // barometer.config.yaml
 * // - name: claude-sonnet
 * //   kind: claude-code
 * //   model: claude-sonnet-4-5
 * //   env: { ANTHROPIC_API_KEY: "${ANTHROPIC_API_KEY}" }
 */
export class ClaudeCodeAgent implements AgentAdapter {
  readonly kind = 'claude-code';
  readonly name: string;
  readonly maxConcurrency: number | undefined;
  private version: Promise<string | null> | undefined;

  constructor(private readonly options: ClaudeCodeAgentOptions) {
    this.name = options.name;
    this.maxConcurrency = options.maxConcurrency;
  }

  /** The argv of one attempt (without the binary). */
  args(instruction: string): string[] {
    const o = this.options;
    const viaStdin = instruction.startsWith('-');
    const args = ['-p', ...(viaStdin ? [] : [instruction]), '--output-format', 'stream-json', '--verbose', '--permission-mode', o.permissionMode];
    if (o.model) args.push('--model', o.model);
    if (o.maxTurns !== undefined) args.push('--max-turns', String(o.maxTurns));
    if (o.allowedTools.length > 0) args.push('--allowedTools', o.allowedTools.join(','));
    if (o.disallowedTools.length > 0) args.push('--disallowedTools', o.disallowedTools.join(','));
    if (o.appendSystemPrompt) args.push('--append-system-prompt', o.appendSystemPrompt);
    args.push(...o.extraArgs);
    return args;
  }

  async describe(): Promise<ClaudeCodeAgentInfo> {
    const o = this.options;
    const systemPromptHash = o.appendSystemPrompt ? shortHash(o.appendSystemPrompt) : null;
    const settings = {
      kind: this.kind,
      model: o.model ?? null,
      permissionMode: o.permissionMode,
      maxTurns: o.maxTurns ?? null,
      allowedTools: o.allowedTools,
      disallowedTools: o.disallowedTools,
      appendSystemPromptHash: systemPromptHash,
      extraArgs: o.extraArgs,
      timeoutSec: o.timeoutSec,
      maxRetries: o.maxRetries,
      apiTimeoutMs: o.apiTimeoutMs,
      env: Object.keys(o.env).sort(), // names only: values may be secrets
    };
    return { version: await this.cliVersion(), model: o.model ?? null, settingsHash: shortHash(JSON.stringify(settings)), kind: this.kind, systemPromptHash };
  }

  async attempt(input: AttemptInput): Promise<AgentResult> {
    const o = this.options;
    const ws = input.workspace;
    const instruction = input.task.instruction;
    const r = await input.sandbox.exec({
      command: [o.bin, ...this.args(instruction)],
      cwd: ws.dir,
      env: this.agentEnv(ws),
      timeoutMs: o.timeoutSec * 1000,
      network: true,
      signal: input.signal,
      maxOutputBytes: MAX_OUTPUT_BYTES,
      ...(instruction.startsWith('-') ? { stdin: instruction } : {}),
    });
    const s = parseStreamJson(r.stdout);
    const secrets = Object.values(o.env);
    const version = s.version ?? (await this.cliVersion());
    const usage = usageOf(s);
    const mainModel = s.initModel ?? s.result?.models[0] ?? s.responseModels[0] ?? o.model ?? null;
    const cost = s.result?.totalCostUsd ?? (s.result ? (costFromUsage(usage, mainModel, o.prices) ?? costFromUsage(usage, o.model, o.prices)) : null);
    const { status, message } = classify(r, s, o.timeoutSec);
    const meta = {
      type: 'barometer',
      adapter: this.kind,
      version,
      requestedModel: o.model ?? null,
      initModel: s.initModel,
      modelUsageModels: s.result?.models ?? [],
      responseModels: s.responseModels,
      cwd: s.cwd,
      apiRetries: s.apiRetries,
      exitCode: r.exitCode,
      signal: r.signal,
      timedOut: r.timedOut,
      status,
      message,
    };
    const stderr = r.stderr.trim() === '' ? '' : `\n${JSON.stringify({ type: 'barometer_stderr', text: r.stderr.slice(-16_384) })}`;
    const transcript = boundText(redactSecrets(`${JSON.stringify(meta)}\n${r.stdout.trimEnd()}${stderr}`, secrets));
    return {
      status,
      message: message === null ? null : redactSecrets(message, secrets),
      usage,
      costUsd: cost,
      turns: s.result?.numTurns ?? null,
      toolCalls: s.toolCalls,
      model: mainModel,
      agentVersion: version,
      transcript,
      agentMs: r.durationMs,
    };
  }

  private agentEnv(ws: Pick<Workspace, 'home' | 'root'>): Record<string, string> {
    const o = this.options;
    const root = o.isRoot ?? process.getuid?.() === 0;
    const env = cleanEnv(ws, {
      CLAUDE_CONFIG_DIR: join(ws.home, '.claude'),
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      DISABLE_TELEMETRY: '1',
      DISABLE_AUTOUPDATER: '1',
      DISABLE_ERROR_REPORTING: '1',
      CLAUDE_CODE_MAX_RETRIES: String(o.maxRetries),
      API_TIMEOUT_MS: String(o.apiTimeoutMs),
      ...(root && o.permissionMode === 'bypassPermissions' ? { IS_SANDBOX: '1' } : {}),
      ...o.env,
    });
    if (o.hostPath) env.PATH = `${o.hostPath}:${env.PATH}`;
    return env;
  }

  /** `claude --version`, once per adapter: `2.1.197 (Claude Code)` → `2.1.197`. */
  private cliVersion(): Promise<string | null> {
    this.version ??= readCliVersion({
      agent: this.name,
      sandbox: this.options.sandbox,
      argv: [this.options.bin, '--version'],
      env: (ws) => this.agentEnv(ws),
      fix: 'install Claude Code (npm install -g @anthropic-ai/claude-code) or set bin to its path',
    }).then((line) => (line === null ? null : (line.split(/\s+/)[0] ?? line).slice(0, 100)));
    return this.version;
  }
}

/** error vs completed, from how the process ended and what the stream says. */
function classify(r: { spawnError: string | null; aborted: boolean; timedOut: boolean; exitCode: number | null; signal: string | null; stderr: string }, s: ClaudeStreamSummary, timeoutSec: number): { status: AgentResult['status']; message: string | null } {
  if (r.spawnError) return { status: 'error', message: `claude could not start: ${r.spawnError}` };
  if (r.aborted) return { status: 'error', message: 'interrupted' };
  const res = s.result;
  if (!res) {
    if (r.timedOut) return { status: 'error', message: `killed at the outer timeout (${timeoutSec} s) before a result` };
    const why = r.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
    return { status: 'error', message: `claude exited with ${r.exitCode ?? r.signal} without a result event${why ? `: ${why}` : ''}` };
  }
  if (res.subtype === 'error_max_turns') return { status: 'completed', message: `max turns reached (${res.errors.join('; ') || res.subtype})` };
  if (res.isError) {
    const status = res.apiErrorStatus !== null ? `API error ${res.apiErrorStatus}` : res.terminalReason === 'api_error' || res.apiErrorType ? 'API error' : `claude error (${res.subtype ?? 'unknown'})`;
    const text = (res.result ?? res.errors.join('; ')).slice(0, 500);
    return { status: 'error', message: `${status}${text ? `: ${text}` : ''}` };
  }
  return { status: 'completed', message: res.permissionDenials > 0 ? `${res.permissionDenials} permission denial(s)` : null };
}
