import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retry, RetryError } from '../retry.mjs';

function recorder() {
  const delays = [];
  return { delays, sleep: async (ms) => { delays.push(ms); } };
}

test('resolves immediately on success', async () => {
  const r = recorder();
  assert.equal(await retry(async (n) => `ok${n}`, { sleep: r.sleep }), 'ok1');
  assert.deepEqual(r.delays, []);
});

test('retries with exponential backoff until success', async () => {
  const r = recorder();
  const seen = [];
  const value = await retry(async (n) => {
    seen.push(n);
    if (n < 4) throw new Error(`fail ${n}`);
    return 'done';
  }, { sleep: r.sleep });
  assert.equal(value, 'done');
  assert.deepEqual(seen, [1, 2, 3, 4]);
  assert.deepEqual(r.delays, [100, 200, 400]);
});

test('gives up after retries + 1 calls with RetryError', async () => {
  const r = recorder();
  let calls = 0;
  const last = new Error('still broken');
  await assert.rejects(
    retry(() => { calls++; throw calls === 3 ? last : new Error('x'); }, { retries: 2, sleep: r.sleep }),
    (err) => err instanceof RetryError && err.attempts === 3 && err.cause === last,
  );
  assert.equal(calls, 3);
  assert.deepEqual(r.delays, [100, 200]);
});

test('retries: 0 means a single attempt', async () => {
  const r = recorder();
  let calls = 0;
  await assert.rejects(retry(async () => { calls++; throw new Error('no'); }, { retries: 0, sleep: r.sleep }), RetryError);
  assert.equal(calls, 1);
  assert.deepEqual(r.delays, []);
});

test('delay is capped and onRetry sees each retry', async () => {
  const r = recorder();
  const events = [];
  await assert.rejects(retry(async () => { throw new Error('e'); }, {
    retries: 5, baseDelayMs: 300, factor: 3, maxDelayMs: 5000, sleep: r.sleep,
    onRetry: (err, attempt, delay) => events.push([err.message, attempt, delay]),
  }), RetryError);
  assert.deepEqual(r.delays, [300, 900, 2700, 5000, 5000]);
  assert.deepEqual(events, [['e', 1, 300], ['e', 2, 900], ['e', 3, 2700], ['e', 4, 5000], ['e', 5, 5000]]);
});

test('shouldRetry can stop early', async () => {
  const r = recorder();
  let calls = 0;
  const fatal = new TypeError('fatal');
  await assert.rejects(retry(async () => {
    calls++;
    throw calls === 1 ? new Error('transient') : fatal;
  }, { retries: 10, sleep: r.sleep, shouldRetry: (err) => !(err instanceof TypeError) }),
  (err) => err instanceof RetryError && err.cause === fatal && err.attempts === 2);
  assert.equal(calls, 2);
  assert.deepEqual(r.delays, [100]);
});

test('waits for sleep before the next attempt', async () => {
  const order = [];
  await retry(async (n) => {
    order.push(`call${n}`);
    if (n === 1) throw new Error('once');
    return n;
  }, { sleep: async (ms) => { order.push(`sleep-start ${ms}`); await new Promise((res) => setImmediate(res)); order.push('sleep-end'); } });
  assert.deepEqual(order, ['call1', 'sleep-start 100', 'sleep-end', 'call2']);
});
