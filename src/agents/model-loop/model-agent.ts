import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zeroUsage, type Usage } from '../../core/attempt.js';
import { shortHash } from '../../core/ids.js';
import { redactSecrets } from '../../core/redact.js';
import type { Task } from '../../core/task.js';
import type { AgentAdapter, AgentInfo, AgentResult, AttemptInput } from '../agent-adapter.js';
import { ApiCallError } from '../http-retry/api-call-error.js';
import type { RetryPolicy } from '../http-retry/retry-policy.js';
import { withRetries } from '../http-retry/with-retries.js';
import { costFromUsage, type PriceTable } from '../pricing/price-table.js';
import { extractFromReply } from './extract-code.js';
import { executeLoopTool, LOOP_TOOLS } from './loop-tools.js';
import type { ChatMessage, ModelProvider, ModelReply, ModelRequest, ToolResult } from './model-provider.js';
import { AGENT_SYSTEM_PROMPT, SINGLE_SHOT_SYSTEM_PROMPT } from './system-prompts.js';
import { TranscriptLog } from './transcript-log.js';
import { resolveInWorkspace } from './workspace-path.js';

/** `single-shot`: one reply, code extracted from it; `agent`: the fixed tool loop. */
export type ModelAgentMode = 'single-shot' | 'agent';

/** Settings of an adapter built on the fixed loop (the `anthropic` and `openai` kinds). */
export interface ModelAgentOptions {
  name: string;
  /** The config's `kind`, e.g. `anthropic`. */
  kind: string;
  provider: ModelProvider;
  model: string;
  mode: ModelAgentMode;
  /** Model calls per attempt at most (agent mode). */
  maxTurns: number;
  maxTokens: number;
  temperature?: number | undefined;
  /** Replaces the built-in system prompt of the mode when set. */
  systemPrompt?: string | undefined;
  /** Outer timeout of one attempt, in seconds: when it passes the attempt is an `error`. */
  timeoutSec: number;
  /** Wall-clock limit of one `run_command`, in seconds. */
  commandTimeoutSec: number;
  retry: RetryPolicy;
  prices: PriceTable;
  /** Values never to show (the API key and every configured env value). */
  secrets: readonly string[];
  /** More settings that shape behaviour (endpoint, streaming…), for the settings hash; never secrets. */
  settings?: Record<string, unknown> | undefined;
  /** Random source of the retry jitter (tests). */
  random?: (() => number) | undefined;
  /** Most attempts at once (read by the runner). */
  maxConcurrency?: number | undefined;
}

/** Provenance of a model adapter: `AgentInfo` plus what a reader needs to tell harness changes from model changes. */
export interface ModelAgentInfo extends AgentInfo {
  kind: string;
  /** 12-hex hash of the system prompt in use. */
  systemPromptHash: string;
  mode: ModelAgentMode;
  tools: string[];
}

/** Bytes of workspace files shown to a single-shot model at most. */
const SINGLE_SHOT_FILES_LIMIT = 200_000;

interface LoopState {
  usage: Usage;
  turns: number;
  toolCalls: Record<string, number>;
  model: string | null;
  message: string | null;
  log: TranscriptLog;
}

/**
 * The model adapter shared by every provider: one implementation of single-shot mode and of the
 * fixed tool loop, over the tiny `ModelProvider` interface, so that the same model run through its
 * vendor CLI and through this harness can be compared. Retries (429, 5xx, 529, network, with
 * retry-after) use `withRetries`; when they are exhausted, or the outer timeout passes, the attempt
 * is an `error` and is not graded.
 *
 * @example
 * const agent = new ModelAgent({ name: 'sonnet-loop', kind: 'anthropic', provider, model: 'claude-sonnet-4-5', mode: 'agent',
 *   maxTurns: 30, maxTokens: 8192, timeoutSec: 900, commandTimeoutSec: 60, retry: DEFAULT_RETRY_POLICY, prices: {}, secrets: [key] });
 */
export class ModelAgent implements AgentAdapter {
  readonly name: string;
  readonly kind: string;
  readonly maxConcurrency: number | undefined;

  constructor(private readonly options: ModelAgentOptions) {
    this.name = options.name;
    this.kind = options.kind;
    this.maxConcurrency = options.maxConcurrency;
  }

  /** The system prompt in use. */
  get systemPrompt(): string {
    return this.options.systemPrompt ?? (this.options.mode === 'agent' ? AGENT_SYSTEM_PROMPT : SINGLE_SHOT_SYSTEM_PROMPT);
  }

  async describe(): Promise<ModelAgentInfo> {
    const o = this.options;
    const systemPromptHash = shortHash(this.systemPrompt);
    const tools = o.mode === 'agent' ? LOOP_TOOLS.map((t) => t.name) : [];
    const settings = {
      kind: o.kind,
      model: o.model,
      mode: o.mode,
      maxTurns: o.mode === 'agent' ? o.maxTurns : 1,
      maxTokens: o.maxTokens,
      temperature: o.temperature ?? null,
      systemPromptHash,
      tools: o.mode === 'agent' ? LOOP_TOOLS : [],
      commandTimeoutSec: o.commandTimeoutSec,
      timeoutSec: o.timeoutSec,
      retry: o.retry,
      ...(o.settings ?? {}),
    };
    return { version: o.provider.sdk, model: o.model, settingsHash: shortHash(JSON.stringify(settings)), kind: o.kind, systemPromptHash, mode: o.mode, tools };
  }

  async attempt(input: AttemptInput): Promise<AgentResult> {
    const o = this.options;
    const started = performance.now();
    const timer = new AbortController();
    let timedOut = false;
    const handle = setTimeout(() => {
      timedOut = true;
      timer.abort();
    }, o.timeoutSec * 1000);
    const signal = AbortSignal.any([input.signal, timer.signal]);
    const state: LoopState = { usage: zeroUsage(), turns: 0, toolCalls: {}, model: null, message: null, log: new TranscriptLog(o.secrets) };
    state.log.push({ type: 'start', adapter: o.kind, sdk: o.provider.sdk, model: o.model, mode: o.mode, systemPromptHash: shortHash(this.systemPrompt), task: input.task.id, trial: input.trial });
    let status: AgentResult['status'] = 'completed';
    try {
      if (o.mode === 'agent') await this.runToolLoop(input, signal, state);
      else await this.runSingleShot(input, signal, state);
    } catch (err) {
      status = 'error';
      if (input.signal.aborted) state.message = 'interrupted';
      else if (timedOut) state.message = `no result within the outer timeout (${o.timeoutSec} s)`;
      else if (err instanceof ApiCallError) {
        state.message = `${err.message}${err.attempts > 1 ? ` (after ${err.attempts} tries)` : ''}`;
      } else state.message = `harness error: ${(err as Error).message}`;
      state.message = redactSecrets(state.message, o.secrets);
      state.log.push({ type: 'error', message: state.message });
    } finally {
      clearTimeout(handle);
    }
    state.log.push({ type: 'end', status, message: state.message, turns: state.turns, usage: state.usage, toolCalls: state.toolCalls });
    const cost = costFromUsage(state.usage, state.model, o.prices) ?? costFromUsage(state.usage, o.model, o.prices);
    return {
      status,
      message: state.message,
      usage: state.usage,
      costUsd: cost,
      turns: state.turns,
      toolCalls: state.toolCalls,
      model: state.model,
      agentVersion: o.provider.sdk,
      transcript: state.log.toString(),
      agentMs: performance.now() - started,
    };
  }

  /** One model call with the shared retry policy; adds its usage and logs it. */
  private async call(request: ModelRequest, signal: AbortSignal, state: LoopState): Promise<ModelReply> {
    const o = this.options;
    const reply = await withRetries(() => o.provider.complete(request, signal), {
      policy: o.retry,
      signal,
      random: o.random,
      onRetry: (e) => state.log.push({ type: 'retry', retry: e.retry, delayMs: Math.round(e.delayMs), status: e.error.status, error: e.error.message }),
    });
    if (signal.aborted) throw new ApiCallError('aborted', { kind: 'aborted', retryable: false });
    state.turns += 1;
    state.usage.inputTokens += reply.usage.inputTokens;
    state.usage.outputTokens += reply.usage.outputTokens;
    state.usage.cacheReadTokens += reply.usage.cacheReadTokens;
    state.usage.cacheWriteTokens += reply.usage.cacheWriteTokens;
    if (reply.model) state.model = reply.model;
    state.log.push({ type: 'model', turn: state.turns, model: reply.model, stopReason: reply.stopReason, usage: reply.usage, text: reply.text, toolCalls: reply.toolCalls });
    return reply;
  }

  private async runToolLoop(input: AttemptInput, signal: AbortSignal, state: LoopState): Promise<void> {
    const o = this.options;
    const messages: ChatMessage[] = [{ role: 'user', text: input.task.instruction }];
    const ctx = { workspace: input.workspace, sandbox: input.sandbox, commandTimeoutMs: o.commandTimeoutSec * 1000, signal };
    for (;;) {
      if (state.turns >= o.maxTurns) {
        state.message = `max turns (${o.maxTurns}) reached`;
        return;
      }
      const reply = await this.call({ model: o.model, system: this.systemPrompt, messages, tools: LOOP_TOOLS, maxTokens: o.maxTokens, temperature: o.temperature }, signal, state);
      messages.push({ role: 'assistant', text: reply.text, toolCalls: reply.toolCalls });
      if (reply.toolCalls.length === 0) return; // the model stopped without calling finish
      const results: ToolResult[] = [];
      let finished = false;
      for (const call of reply.toolCalls) {
        state.toolCalls[call.name] = (state.toolCalls[call.name] ?? 0) + 1;
        const out = await executeLoopTool(call, ctx);
        if (signal.aborted) throw new ApiCallError('aborted', { kind: 'aborted', retryable: false });
        state.log.push({ type: 'tool', id: call.id, name: call.name, isError: out.isError, output: out.content.slice(0, 4000) });
        results.push({ callId: call.id, name: call.name, content: out.content, isError: out.isError });
        if (out.finish) finished = true;
      }
      messages.push({ role: 'tool', results });
      if (finished) return;
    }
  }

  private async runSingleShot(input: AttemptInput, signal: AbortSignal, state: LoopState): Promise<void> {
    const o = this.options;
    const prompt = singleShotPrompt(input.task, input.workspace.dir);
    const reply = await this.call({ model: o.model, system: this.systemPrompt, messages: [{ role: 'user', text: prompt }], tools: [], maxTokens: o.maxTokens, temperature: o.temperature }, signal, state);
    const ex = extractFromReply(reply.text, input.task);
    const written: string[] = [];
    const refused: string[] = [];
    const write = (rel: string, content: string): void => {
      try {
        const abs = resolveInWorkspace(input.workspace.dir, rel);
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
        written.push(rel);
      } catch (err) {
        refused.push(`${rel}: ${(err as Error).message}`);
      }
    };
    for (const f of ex.files) write(f.path, f.content);
    if (ex.answer !== null && input.task.grading.kind === 'answer') write(input.task.grading.file, `${ex.answer}\n`);
    state.log.push({ type: 'extract', notes: ex.notes, written, refused, answer: ex.answer });
    if (written.length === 0) state.message = `nothing extracted from the reply (${ex.notes.join('; ')})`;
  }
}

/**
 * The single user message of single-shot mode: the instruction, then every workspace file in full
 * (fenced, named with `title=`), up to 200 kB in all; the model cannot read files itself.
 */
export function singleShotPrompt(task: Pick<Task, 'instruction' | 'workspaceFiles'>, workspaceDir: string): string {
  const parts = [task.instruction.trimEnd()];
  if (task.workspaceFiles.length > 0) {
    parts.push('', 'The workspace holds these files:');
    let budget = SINGLE_SHOT_FILES_LIMIT;
    for (const rel of task.workspaceFiles) {
      const abs = join(workspaceDir, rel);
      const size = statSync(abs, { throwIfNoEntry: false })?.size ?? 0;
      if (size > budget) {
        parts.push('', `(${rel}: ${size} bytes, not shown)`);
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      budget -= size;
      const fence = text.includes('```') ? '````' : '```';
      parts.push('', `${fence} title=${rel}`, text.endsWith('\n') ? text.slice(0, -1) : text, fence);
    }
  }
  return parts.join('\n');
}
