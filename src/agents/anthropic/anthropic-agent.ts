import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../http-retry/retry-policy.js';
import { ModelAgent, type ModelAgentMode } from '../model-loop/model-agent.js';
import type { PriceTable } from '../pricing/price-table.js';
import { AnthropicProvider } from './anthropic-provider.js';

/** Settings of an `anthropic` agent (see the config's `kind: anthropic`). */
export interface AnthropicAgentOptions {
  name: string;
  model: string;
  mode: ModelAgentMode;
  apiKey: string;
  baseUrl: string;
  stream: boolean;
  maxTurns: number;
  maxTokens: number;
  temperature?: number | undefined;
  systemPrompt?: string | undefined;
  timeoutSec: number;
  requestTimeoutMs: number;
  commandTimeoutSec: number;
  retry?: RetryPolicy | undefined;
  prices?: PriceTable | undefined;
  /** Every configured `env` value (redacted wherever text is kept). */
  secrets: readonly string[];
  random?: (() => number) | undefined;
  maxConcurrency?: number | undefined;
}

/**
 * A model served by the Anthropic Messages API, run through barometer's fixed harness (single-shot
 * or the fixed tool loop).
 *
 * @example
 * const agent = createAnthropicAgent({ name: 'sonnet', model: 'claude-sonnet-4-5', mode: 'agent', apiKey, baseUrl: 'https://api.anthropic.com',
 *   stream: false, maxTurns: 30, maxTokens: 8192, timeoutSec: 900, requestTimeoutMs: 600_000, commandTimeoutSec: 60, secrets: [apiKey] });
 */
export function createAnthropicAgent(o: AnthropicAgentOptions): ModelAgent {
  return new ModelAgent({
    name: o.name,
    kind: 'anthropic',
    provider: new AnthropicProvider({ apiKey: o.apiKey, baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs }),
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
    settings: { baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs },
    random: o.random,
    maxConcurrency: o.maxConcurrency,
  });
}
