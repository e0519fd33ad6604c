// The only file that imports @anthropic-ai/sdk.
import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { VERSION } from '@anthropic-ai/sdk/version';
import { ApiCallError } from '../http-retry/api-call-error.js';
import { parseRetryAfterMs } from '../http-retry/retry-delay.js';
import { isRetryableStatus } from '../http-retry/retry-policy.js';
import type { ChatMessage, ModelProvider, ModelReply, ModelRequest, ToolCall } from '../model-loop/model-provider.js';

/** Settings of the Anthropic Messages API client. */
export interface AnthropicProviderOptions {
  apiKey: string;
  /** API origin, e.g. `https://api.anthropic.com` (the SDK appends `/v1/messages`). */
  baseUrl: string;
  /** Stream the answer (SSE) instead of one JSON response. */
  stream: boolean;
  /** Per-request timeout in ms (the outer attempt timeout still applies). */
  requestTimeoutMs: number;
}

type Block = Anthropic.Messages.ContentBlockParam;

function toWire(messages: readonly ChatMessage[]): Anthropic.Messages.MessageParam[] {
  return messages.map((m): Anthropic.Messages.MessageParam => {
    if (m.role === 'user') return { role: 'user', content: m.text };
    if (m.role === 'assistant') {
      const content: Block[] = [];
      if (m.text !== '') content.push({ type: 'text', text: m.text });
      for (const c of m.toolCalls) content.push({ type: 'tool_use', id: c.id, name: c.name, input: c.input ?? {} });
      if (content.length === 0) content.push({ type: 'text', text: '(no answer)' });
      return { role: 'assistant', content };
    }
    return { role: 'user', content: m.results.map((r): Block => ({ type: 'tool_result', tool_use_id: r.callId, content: r.content, is_error: r.isError })) };
  });
}

function fromWire(message: Anthropic.Messages.Message): ModelReply {
  const text: string[] = [];
  const toolCalls: ToolCall[] = [];
  for (const b of message.content) {
    if (b.type === 'text') text.push(b.text);
    else if (b.type === 'tool_use') {
      const input = b.input !== null && typeof b.input === 'object' && !Array.isArray(b.input) ? (b.input as Record<string, unknown>) : null;
      toolCalls.push({ id: b.id, name: b.name, input });
    }
  }
  const u = message.usage;
  return {
    text: text.join('\n'),
    toolCalls,
    usage: { inputTokens: u.input_tokens ?? 0, outputTokens: u.output_tokens ?? 0, cacheReadTokens: u.cache_read_input_tokens ?? 0, cacheWriteTokens: u.cache_creation_input_tokens ?? 0 },
    model: message.model ?? null,
    stopReason: message.stop_reason ?? null,
  };
}

/** Turns whatever the SDK threw into a classified `ApiCallError` (no key, no headers in the message). */
function classify(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err;
  if (err instanceof APIUserAbortError) return new ApiCallError('aborted', { kind: 'aborted', retryable: false });
  if (err instanceof APIConnectionTimeoutError) return new ApiCallError('request timed out', { kind: 'timeout', retryable: true });
  if (err instanceof APIConnectionError) return new ApiCallError(`network error: ${err.cause instanceof Error ? err.cause.message : err.message}`, { kind: 'network', retryable: true });
  if (err instanceof APIError) {
    const type = err.type ?? (err.error as { error?: { type?: string } } | undefined)?.error?.type ?? null;
    const detail = err.apiMessage ?? (err.error as { error?: { message?: string } } | undefined)?.error?.message ?? null;
    if (err.status === undefined) {
      // An `error` event inside a 200 stream (e.g. overloaded_error mid-answer).
      const retryable = type === null || ['overloaded_error', 'api_error', 'rate_limit_error', 'timeout_error'].includes(type);
      return new ApiCallError(`API stream error${type ? ` ${type}` : ''}${detail ? `: ${detail}` : ''}`, { kind: 'stream', retryable });
    }
    const retryAfterMs = err.headers ? parseRetryAfterMs((n) => err.headers?.get(n)) : null;
    return new ApiCallError(`API error ${err.status}${type ? ` ${type}` : ''}${detail ? `: ${detail}` : ''}`, { kind: 'http', status: err.status, retryable: isRetryableStatus(err.status), retryAfterMs });
  }
  const e = err as Error;
  return new ApiCallError(`request failed: ${e?.message ?? String(err)}`, { kind: 'network', retryable: e?.name === 'TypeError' || /ECONNRESET|ECONNREFUSED|socket|terminated/i.test(e?.message ?? '') });
}

/**
 * The Anthropic Messages API through the official SDK, with the SDK's own retries off (barometer's
 * policy applies) and the key, base URL and timeout passed explicitly (the SDK reads no environment).
 */
export class AnthropicProvider implements ModelProvider {
  readonly sdk = `@anthropic-ai/sdk@${VERSION}`;
  private readonly client: Anthropic;

  constructor(private readonly options: AnthropicProviderOptions) {
    this.client = new Anthropic({ apiKey: options.apiKey, authToken: null, baseURL: options.baseUrl, maxRetries: 0, timeout: options.requestTimeoutMs });
  }

  async complete(request: ModelRequest, signal: AbortSignal): Promise<ModelReply> {
    const params: Anthropic.Messages.MessageCreateParamsNonStreaming = {
      model: request.model,
      max_tokens: request.maxTokens,
      system: request.system,
      messages: toWire(request.messages),
      ...(request.tools.length > 0 ? { tools: request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema as Anthropic.Messages.Tool.InputSchema })) } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    };
    try {
      const message = this.options.stream ? await this.client.messages.stream(params, { signal }).finalMessage() : await this.client.messages.create(params, { signal });
      return fromWire(message);
    } catch (err) {
      throw classify(err);
    }
  }
}
