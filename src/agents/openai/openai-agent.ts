import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../http-retry/retry-policy.js';
import { ModelAgent, type ModelAgentMode } from '../model-loop/model-agent.js';
import type { PriceTable } from '../pricing/price-table.js';
import { OpenAIProvider } from './openai-provider.js';

/** Settings of an `openai` agent (see the config's `kind: openai`). */
export interface OpenAIAgentOptions {
  name: string;
  model: string;
  mode: ModelAgentMode;
  apiKey: string;
  baseUrl: string;
  stream: boolean;
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  headers?: Record<string, string> | undefined;
  maxTurns: number;
  maxTokens: number;
  temperature?: number | undefined;
  systemPrompt?: string | undefined;
  timeoutSec: number;
  requestTimeoutMs: number;
  commandTimeoutSec: number;
  retry?: RetryPolicy | undefined;
  prices?: PriceTable | undefined;
  secrets: readonly string[];
  random?: (() => number) | undefined;
  maxConcurrency?: number | undefined;
}

/**
 * A model behind any OpenAI-compatible Chat Completions endpoint, run through barometer's fixed
 * harness (single-shot or the fixed tool loop).
 *
 * @example
 * const agent = createOpenAIAgent({ name: 'qwen-local', model: 'qwen2.5-coder:7b', mode: 'agent', apiKey: 'unused', baseUrl: 'http://localhost:11434/v1',
 *   stream: false, maxTokensField: 'max_tokens', maxTurns: 30, maxTokens: 4096, timeoutSec: 900, requestTimeoutMs: 600_000, commandTimeoutSec: 60, secrets: [] });
 */
export function createOpenAIAgent(o: OpenAIAgentOptions): ModelAgent {
  return new ModelAgent({
    name: o.name,
    kind: 'openai',
    provider: new OpenAIProvider({ apiKey: o.apiKey, baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs, maxTokensField: o.maxTokensField, headers: o.headers }),
    model: o.model,
    mode: o.mode,
    maxTurns: o.maxTurns,
    maxTokens: o.maxTokens,
    temperature: o.temperature,
    systemPrompt: o.systemPrompt,
    timeoutSec: o.timeoutSec,
    commandTimeoutSec: o.commandTimeoutSec,
    retry: o.retry ?? DEFAULT_RETRY_POLICY,
    prices: o.prices ?? {},
    secrets: [o.apiKey, ...o.secrets],
    settings: { baseUrl: o.baseUrl, stream: o.stream, maxTokensField: o.maxTokensField, headers: Object.keys(o.headers ?? {}).sort(), requestTimeoutMs: o.requestTimeoutMs },
    random: o.random,
    maxConcurrency: o.maxConcurrency,
  });
}
