import { ModelAgent } from '../model-loop/model-agent.js';
import { modelAgentOptions, type ModelApiAgentOptions } from '../model-loop/model-api-options.js';
import { OpenAIProvider } from './openai-provider.js';

/** Settings of an `openai` agent (see the config's `kind: openai`). */
export interface OpenAIAgentOptions extends ModelApiAgentOptions {
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  headers?: Record<string, string> | undefined;
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
    ...modelAgentOptions(o),
    kind: 'openai',
    provider: new OpenAIProvider({ apiKey: o.apiKey, baseUrl: o.baseUrl, stream: o.stream, requestTimeoutMs: o.requestTimeoutMs, maxTokensField: o.maxTokensField, headers: o.headers }),
    settings: { baseUrl: o.baseUrl, stream: o.stream, maxTokensField: o.maxTokensField, headers: Object.keys(o.headers ?? {}).sort(), requestTimeoutMs: o.requestTimeoutMs },
  });
}
