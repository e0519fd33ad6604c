import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costFromUsage, priceFor } from './price-table.js';

const usage = { inputTokens: 2200, outputTokens: 120, cacheReadTokens: 3000, cacheWriteTokens: 2000 };

test('cost from the built-in table, with the [1m] suffix dropped', () => {
  assert.equal(costFromUsage(usage, 'claude-sonnet-4-5-20250929'), 0.0168);
  assert.equal(costFromUsage(usage, 'claude-opus-4-8[1m]'), 0.028);
});

test('configured prices win; missing cache prices count as input', () => {
  assert.equal(costFromUsage(usage, 'claude-sonnet-4-5', { 'claude-sonnet-4-5': { input: 1, output: 2 } }), (2200 + 240 + 3000 + 2000) / 1e6);
  assert.deepEqual(priceFor('my-model', { 'my-model': { input: 1, output: 1 } }), { input: 1, output: 1 });
});

test('an unknown model has an unknown cost, never a guess', () => {
  assert.equal(costFromUsage(usage, 'my-local-model'), null);
  assert.equal(costFromUsage(usage, null), null);
  assert.equal(priceFor('toString'), null);
});
