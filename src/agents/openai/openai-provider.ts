// The only file that imports openai.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { VERSION } from 'openai/version';
import type { Usage } from '../../core/attempt.js';
import { ApiCallError } from '../http-retry/api-call-error.js';
import { parseRetryAfterMs } from '../http-retry/retry-delay.js';
import { isRetryableStatus } from '../http-retry/retry-policy.js';
import type { ChatMessage, ModelProvider, ModelReply, ModelRequest, ToolCall } from '../model-loop/model-provider.js';

/** Settings of an OpenAI-compatible Chat Completions client. */
export interface OpenAIProviderOptions {
  apiKey: string;
  /** e.g. `https://api.openai.com/v1`, `https://openrouter.ai/api/v1`, `http://localhost:11434/v1`. */
  baseUrl: string;
  stream: boolean;
  requestTimeoutMs: number;
  /** Name of the output limit field: `max_completion_tokens` (OpenAI) or `max_tokens` (older servers). */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Extra HTTP headers (e.g. OpenRouter's `HTTP-Referer`, `X-Title`). */
  headers?: Record<string, string> | undefined;
}

type WireMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

function toWire(system: string, messages: readonly ChatMessage[]): WireMessage[] {
  const out: WireMessage[] = [{ role: 'system', content: system }];
  for (const m of messages) {
    if (m.role === 'user') out.push({ role: 'user', content: m.text });
    else if (m.role === 'assistant') {
      out.push({
        role: 'assistant',
        content: m.text === '' && m.toolCalls.length > 0 ? null : m.text,
        ...(m.toolCalls.length > 0
          ? { tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.input ?? {}) } })) }
          : {}),
      });
    } else for (const r of m.results) out.push({ role: 'tool', tool_call_id: r.callId, content: r.content });
  }
  return out;
}

function parseArgs(s: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(s === '' ? '{}' : s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function usageOf(u: OpenAI.Completions.CompletionUsage | null | undefined): Usage {
  const cached = u?.prompt_tokens_details?.cached_tokens ?? 0;
  return { inputTokens: Math.max(0, (u?.prompt_tokens ?? 0) - cached), outputTokens: u?.completion_tokens ?? 0, cacheReadTokens: cached, cacheWriteTokens: 0 };
}

function classify(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err;
  if (err instanceof APIUserAbortError) return new ApiCallError('aborted', { kind: 'aborted', retryable: false });
  if (err instanceof APIConnectionTimeoutError) return new ApiCallError('request timed out', { kind: 'timeout', retryable: true });
  if (err instanceof APIConnectionError) return new ApiCallError(`network error: ${err.cause instanceof Error ? err.cause.message : err.message}`, { kind: 'network', retryable: true });
  if (err instanceof APIError) {
    const body = err.error as { message?: string; type?: string } | undefined;
    const type = err.type ?? body?.type ?? err.code ?? null;
    const detail = body?.message ?? null;
    if (err.status === undefined) return new ApiCallError(`API stream error${type ? ` ${type}` : ''}${detail ? `: ${detail}` : ''}`, { kind: 'stream', retryable: true });
    const retryAfterMs = err.headers ? parseRetryAfterMs((n) => err.headers?.get(n)) : null;
    return new ApiCallError(`API error ${err.status}${type ? ` ${type}` : ''}${detail ? `: ${detail}` : ''}`, { kind: 'http', status: err.status, retryable: isRetryableStatus(err.status), retryAfterMs });
  }
  const e = err as Error;
  return new ApiCallError(`request failed: ${e?.message ?? String(err)}`, { kind: 'network', retryable: e?.name === 'TypeError' || /ECONNRESET|ECONNREFUSED|socket|terminated/i.test(e?.message ?? '') });
}

/**
 * An OpenAI-compatible Chat Completions endpoint through the official `openai` SDK (OpenAI,
 * OpenRouter, vLLM, Ollama, LM Studio…), with the SDK's retries off and nothing read from the
 * environment. Streaming asks for `stream_options.include_usage` so usage arrives in the last chunk.
 */
export class OpenAIProvider implements ModelProvider {
  readonly sdk = `openai@${VERSION}`;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAIProviderOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl,
      organization: null,
      project: null,
      maxRetries: 0,
      timeout: options.requestTimeoutMs,
      ...(options.headers ? { defaultHeaders: options.headers } : {}),
    });
  }

  async complete(request: ModelRequest, signal: AbortSignal): Promise<ModelReply> {
    const base = {
      model: request.model,
      messages: toWire(request.system, request.messages),
      [this.options.maxTokensField]: request.maxTokens,
      ...(request.tools.length > 0
        ? { tools: request.tools.map((t) => ({ type: 'function' as const, function: { name: t.name, description: t.description, parameters: t.inputSchema } })) }
        : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    };
    try {
      if (!this.options.stream) {
        const r = await this.client.chat.completions.create({ ...base, stream: false }, { signal });
        const choice = r.choices[0];
        const toolCalls: ToolCall[] = (choice?.message.tool_calls ?? []).flatMap((c) => (c.type === 'function' ? [{ id: c.id, name: c.function.name, input: parseArgs(c.function.arguments) }] : []));
        return { text: choice?.message.content ?? '', toolCalls, usage: usageOf(r.usage), model: r.model ?? null, stopReason: choice?.finish_reason ?? null };
      }
      const stream = await this.client.chat.completions.create({ ...base, stream: true, stream_options: { include_usage: true } }, { signal });
      let text = '';
      let model: string | null = null;
      let stopReason: string | null = null;
      let usage: Usage = usageOf(null);
      const calls = new Map<number, { id: string; name: string; args: string }>();
      for await (const chunk of stream) {
        if (chunk.model) model = chunk.model;
        if (chunk.usage) usage = usageOf(chunk.usage);
        const choice = chunk.choices[0];
        if (!choice) continue;
        if (choice.delta.content) text += choice.delta.content;
        for (const d of choice.delta.tool_calls ?? []) {
          const c = calls.get(d.index) ?? { id: '', name: '', args: '' };
          if (d.id) c.id = d.id;
          if (d.function?.name) c.name += d.function.name;
          if (d.function?.arguments) c.args += d.function.arguments;
          calls.set(d.index, c);
        }
        if (choice.finish_reason) stopReason = choice.finish_reason;
      }
      if (signal.aborted) throw new ApiCallError('aborted', { kind: 'aborted', retryable: false });
      if (stopReason === null) throw new ApiCallError('API stream ended before a finish_reason', { kind: 'stream', retryable: true });
      const toolCalls = [...calls.entries()].sort((a, b) => a[0] - b[0]).map(([i, c]) => ({ id: c.id || `call_${i}`, name: c.name, input: parseArgs(c.args) }));
      return { text, toolCalls, usage, model, stopReason };
    } catch (err) {
      throw classify(err);
    }
  }
}
