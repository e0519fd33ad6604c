import type { Usage } from '../../core/attempt.js';

/** A tool the model may call: a name, what it does, and a JSON Schema of its input. */
export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/** A tool call the model made. `input` is the parsed arguments (`null` when they were not valid JSON). */
export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown> | null;
}

/** What a tool returned, sent back to the model. */
export interface ToolResult {
  callId: string;
  name: string;
  content: string;
  isError: boolean;
}

/** The conversation in a provider-neutral form; each provider maps it to its wire format. */
export type ChatMessage =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; toolCalls: ToolCall[] }
  | { role: 'tool'; results: ToolResult[] };

/** One model call. */
export interface ModelRequest {
  model: string;
  system: string;
  messages: readonly ChatMessage[];
  /** Empty for single-shot mode. */
  tools: readonly ToolSpec[];
  maxTokens: number;
  temperature?: number | undefined;
}

/** The model's answer to one call. */
export interface ModelReply {
  text: string;
  toolCalls: ToolCall[];
  /** `inputTokens` are the uncached input tokens (OpenAI's cached prompt tokens become `cacheReadTokens`). */
  usage: Usage;
  /** The model id the service reports. */
  model: string | null;
  /** The provider's stop reason, as sent (`end_turn`, `tool_use`, `stop`, `tool_calls`, `length`…). */
  stopReason: string | null;
}

/**
 * The tiny interface between the fixed loop and a model service. Implementations (one file per
 * SDK, the only file that imports it) map messages to the wire format, disable their SDK's own
 * retries, and throw an `ApiCallError` (classified: status, retryable, retry-after) on failure.
 *
 * @example
 * const reply = await provider.complete({ model: 'gpt-4.1', system, messages, tools, maxTokens: 4096 }, signal);
 */
export interface ModelProvider {
  /** SDK name and version, e.g. `@anthropic-ai/sdk@1.17.0` (the adapter's agent version). */
  readonly sdk: string;
  complete(request: ModelRequest, signal: AbortSignal): Promise<ModelReply>;
}
