import type { Usage } from '../../core/attempt.js';

/** Prices of one model in US dollars per million tokens. Missing cache prices count as the input price. */
export interface ModelPrice {
  input: number;
  output: number;
  cacheRead?: number | undefined;
  cacheWrite?: number | undefined;
}

/** Model id → price. Ids are matched exactly (after dropping a `[1m]`-style suffix); see `priceFor`. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * Built-in prices, ILLUSTRATIVE ONLY: list prices as published by Anthropic and OpenAI for these ids
 * when this table was written, not kept up to date. Set `prices` in an agent's config for the
 * prices you actually pay; an id in neither table has an unknown cost (null), never a guess.
 */
export const ILLUSTRATIVE_PRICES: PriceTable = Object.freeze({
  // Anthropic (cache write = 5-minute cache, 1.25 × input; cache read 0.1 × input)
  'claude-opus-4-8': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-5': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-1': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'claude-opus-4-1-20250805': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'claude-sonnet-5': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'claude-sonnet-4-5': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'claude-sonnet-4-5-20250929': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'claude-sonnet-4-20250514': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  'claude-haiku-4-5-20251001': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  'claude-3-5-haiku-20241022': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
  // OpenAI (cached input as cacheRead; no separate cache-write price)
  'gpt-5': { input: 1.25, output: 10, cacheRead: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cacheRead: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cacheRead: 0.005 },
  'gpt-4.1': { input: 2, output: 8, cacheRead: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cacheRead: 0.1 },
  'gpt-4o': { input: 2.5, output: 10, cacheRead: 1.25 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cacheRead: 0.075 },
});

/**
 * The price of `model`: the configured table first, then the built-in one; each tried with the id
 * as given and without a trailing `[…]` (Claude Code reports `claude-opus-4-8[1m]`). Null when
 * unknown.
 */
export function priceFor(model: string | null | undefined, configured: PriceTable = {}, builtIn: PriceTable = ILLUSTRATIVE_PRICES): ModelPrice | null {
  if (!model) return null;
  const bare = model.replace(/\[[^\]]*\]$/, '');
  for (const table of [configured, builtIn]) {
    const p = Object.hasOwn(table, model) ? table[model] : Object.hasOwn(table, bare) ? table[bare] : undefined;
    if (p) return p;
  }
  return null;
}

/**
 * Cost in US dollars of `usage` on `model`, or null when the model's price is unknown. `inputTokens`
 * are uncached input tokens; cache reads and writes are priced separately.
 *
 * @example
 * costFromUsage({ inputTokens: 1000, outputTokens: 100, cacheReadTokens: 0, cacheWriteTokens: 0 }, 'claude-sonnet-4-5'); // 0.0045
 */
export function costFromUsage(usage: Usage, model: string | null | undefined, configured: PriceTable = {}): number | null {
  const p = priceFor(model, configured);
  if (!p) return null;
  const usd = (usage.inputTokens * p.input + usage.outputTokens * p.output + usage.cacheReadTokens * (p.cacheRead ?? p.input) + usage.cacheWriteTokens * (p.cacheWrite ?? p.input)) / 1e6;
  return Math.round(usd * 1e9) / 1e9;
}
