import { ModelAgent } from '../model-loop/model-agent.js';
import { modelAgentOptions, type ModelApiAgentOptions } from '../model-loop/model-api-options.js';
import { AnthropicProvider } from './anthropic-provider.js';

/** Settings of an `anthropic` agent (see the config's `kind: anthropic`). */
export type AnthropicAgentOptions = ModelApiAgentOptions;

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
    ...modelAgentOptions(o),
    kind: 'anthropic',
    provider: new AnthropicProvider({ apiKey: o.apiKey, baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs }),
    settings: { baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs },
  });
}
