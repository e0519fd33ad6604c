import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../http-retry/retry-policy.js';
import type { ModelAgentMode, ModelAgentOptions } from './model-agent.js';
import type { PriceTable } from '../pricing/price-table.js';

/** Settings every model-API adapter (anthropic, openai) shares; each adds its endpoint's own. */
export interface ModelApiAgentOptions {
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

/** The provider-neutral part of a ModelAgent's options, from the shared settings. */
export function modelAgentOptions(o: ModelApiAgentOptions): Omit<ModelAgentOptions, 'kind' | 'provider' | 'settings'> {
  return {
    name: o.name,
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
    random: o.random,
    maxConcurrency: o.maxConcurrency,
  };
}
