import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiCallError } from './api-call-error.js';
import { parseRetryAfterMs, retryDelayMs } from './retry-delay.js';
import { isRetryableStatus } from './retry-policy.js';
import { withRetries } from './with-retries.js';

const policy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 50 };
const http = (status: number, retryAfterMs: number | null = null) => new ApiCallError(`API error ${status}`, { kind: 'http', status, retryable: isRetryableStatus(status), retryAfterMs });

test('retryable statuses: 408, 429, 5xx and 529; not 400, 401, 404', () => {
  for (const s of [408, 429, 500, 502, 503, 529]) assert.equal(isRetryableStatus(s), true, String(s));
  for (const s of [400, 401, 403, 404, 413]) assert.equal(isRetryableStatus(s), false, String(s));
});

test('exponential backoff with equal jitter, capped; retry-after wins (capped too)', () => {
  const p = { maxRetries: 9, baseDelayMs: 1000, maxDelayMs: 60_000 };
  assert.equal(retryDelayMs(1, p, null, () => 0), 500);
  assert.equal(retryDelayMs(1, p, null, () => 1), 1000);
  assert.equal(retryDelayMs(3, p, null, () => 0.5), 3000);
  assert.equal(retryDelayMs(10, p, null, () => 1), 60_000);
  assert.equal(retryDelayMs(1, p, 2500, () => 0), 2500);
  assert.equal(retryDelayMs(1, p, 600_000, () => 0), 60_000);
});

test('parseRetryAfterMs reads retry-after-ms, seconds and HTTP dates', () => {
  const h = (m: Record<string, string>) => (n: string) => m[n];
  assert.equal(parseRetryAfterMs(h({ 'retry-after': '2' })), 2000);
  assert.equal(parseRetryAfterMs(h({ 'retry-after-ms': '150', 'retry-after': '2' })), 150);
  assert.equal(parseRetryAfterMs(h({ 'retry-after': new Date(10_000).toUTCString() }), 4000), 6000);
  assert.equal(parseRetryAfterMs(h({})), null);
  assert.equal(parseRetryAfterMs(h({ 'retry-after': 'soon' })), null);
});

test('withRetries retries retryable failures and reports each retry', async () => {
  let calls = 0;
  const retries: number[] = [];
  const r = await withRetries(
    async () => {
      calls += 1;
      if (calls < 3) throw http(529);
      return 'ok';
    },
    { policy, signal: new AbortController().signal, onRetry: (e) => retries.push(e.retry) },
  );
  assert.equal(r, 'ok');
  assert.equal(calls, 3);
  assert.deepEqual(retries, [1, 2]);
});

test('withRetries gives up after maxRetries with the attempts counted, and never retries a 400', async () => {
  let calls = 0;
  const err = await withRetries(async () => {
    calls += 1;
    throw http(500);
  }, { policy, signal: new AbortController().signal }).catch((e: unknown) => e);
  assert.ok(err instanceof ApiCallError);
  assert.equal(err.attempts, 4);
  assert.equal(calls, 4);
  calls = 0;
  const bad = await withRetries(async () => {
    calls += 1;
    throw http(400);
  }, { policy, signal: new AbortController().signal }).catch((e: unknown) => e);
  assert.equal((bad as ApiCallError).status, 400);
  assert.equal(calls, 1);
});

test('withRetries honours retry-after and an abort ends the wait at once', async () => {
  let calls = 0;
  const t0 = performance.now();
  await withRetries(async () => {
    calls += 1;
    if (calls === 1) throw http(429, 120);
    return 1;
  }, { policy: { ...policy, maxDelayMs: 1000 }, signal: new AbortController().signal });
  assert.ok(performance.now() - t0 >= 115);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  const t1 = performance.now();
  const err = await withRetries(async () => {
    throw http(429, 10_000);
  }, { policy: { ...policy, maxDelayMs: 60_000 }, signal: ac.signal }).catch((e: unknown) => e);
  assert.equal((err as ApiCallError).kind, 'aborted');
  assert.ok(performance.now() - t1 < 2000);
});
