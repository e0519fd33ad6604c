import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLimiter } from '../limiter.mjs';

const tick = () => new Promise((r) => setImmediate(r));

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test('validates concurrency', () => {
  assert.throws(() => createLimiter(0), RangeError);
  assert.throws(() => createLimiter(1.5), RangeError);
  assert.throws(() => createLimiter('2'), RangeError);
});

test('starts synchronously when a slot is free and respects the limit', async () => {
  const limit = createLimiter(2);
  const ds = [deferred(), deferred(), deferred()];
  const started = [];
  const ps = ds.map((d, i) => limit(() => { started.push(i); return d.promise; }));
  assert.deepEqual(started, [0, 1]);
  assert.equal(limit.activeCount, 2);
  assert.equal(limit.pendingCount, 1);
  ds[1].resolve('b');
  await tick();
  assert.deepEqual(started, [0, 1, 2]);
  ds[0].resolve('a');
  ds[2].resolve('c');
  assert.deepEqual(await Promise.all(ps), ['a', 'b', 'c']);
  await tick();
  assert.equal(limit.activeCount, 0);
});

test('errors propagate and free the slot', async () => {
  const limit = createLimiter(1);
  const p1 = limit(() => { throw new Error('sync boom'); });
  const p2 = limit(async () => { throw new Error('async boom'); });
  const p3 = limit(() => 42);
  await assert.rejects(p1, { message: 'sync boom' });
  await assert.rejects(p2, { message: 'async boom' });
  assert.equal(await p3, 42);
});

test('higher priority first, FIFO among equals', async () => {
  const limit = createLimiter(1);
  const gate = deferred();
  const order = [];
  const all = [limit(() => gate.promise)];
  for (const [name, priority] of [['low', 0], ['high1', 5], ['mid', 2], ['high2', 5], ['low2', 0]]) {
    all.push(limit(async () => { order.push(name); }, { priority }));
  }
  assert.equal(limit.pendingCount, 5);
  gate.resolve();
  await Promise.all(all);
  assert.deepEqual(order, ['high1', 'high2', 'mid', 'low', 'low2']);
});

test('queued tasks wait even if a slot looks free', async () => {
  const limit = createLimiter(1);
  const d = deferred();
  const order = [];
  const p1 = limit(() => d.promise);
  const p2 = limit(() => { order.push('second'); });
  d.resolve();
  const p3 = limit(() => { order.push('third'); });
  await Promise.all([p1, p2, p3]);
  assert.deepEqual(order, ['second', 'third']);
});

test('already aborted signal rejects with its reason and never calls fn', async () => {
  const limit = createLimiter(2);
  const ac = new AbortController();
  const reason = new Error('stop');
  ac.abort(reason);
  let called = false;
  await assert.rejects(limit(() => { called = true; }, { signal: ac.signal }), (err) => err === reason);
  assert.equal(called, false);
  assert.equal(limit.activeCount, 0);
});

test('abort while queued removes the task at once', async () => {
  const limit = createLimiter(1);
  const gate = deferred();
  const ac = new AbortController();
  let called = false;
  const p1 = limit(() => gate.promise);
  const p2 = limit(() => { called = true; }, { signal: ac.signal });
  const p3 = limit(() => 'ok');
  assert.equal(limit.pendingCount, 2);
  ac.abort();
  assert.equal(limit.pendingCount, 1);
  await assert.rejects(p2, { name: 'AbortError' });
  gate.resolve('done');
  assert.equal(await p1, 'done');
  assert.equal(await p3, 'ok');
  await tick();
  assert.equal(called, false);
});

test('aborting a running task does not affect the limiter; fn receives the signal', async () => {
  const limit = createLimiter(1);
  const ac = new AbortController();
  const d = deferred();
  let received;
  const p = limit((signal) => { received = signal; return d.promise; }, { signal: ac.signal });
  assert.equal(received, ac.signal);
  ac.abort();
  assert.equal(limit.activeCount, 1);
  d.resolve('finished');
  assert.equal(await p, 'finished');
  let arg = 'unset';
  await limit((s) => { arg = s; });
  assert.equal(arg, undefined);
});
