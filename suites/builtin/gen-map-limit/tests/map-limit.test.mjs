import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapLimit } from '../map-limit.mjs';

// Let all pending promise callbacks run (no timers involved, fully deterministic).
const settle = () => new Promise((r) => setImmediate(r));

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

// fn whose calls are resolved by hand; records starts and the peak number in flight.
function controlled() {
  const calls = [];
  let inFlight = 0;
  const state = { calls, peak: 0 };
  state.fn = (item, index) => {
    const d = deferred();
    calls.push({ item, index, ...d });
    inFlight++;
    state.peak = Math.max(state.peak, inFlight);
    return d.promise.finally(() => { inFlight--; });
  };
  return state;
}

test('results keep input order', async () => {
  const c = controlled();
  const p = mapLimit(['a', 'b', 'c'], 3, c.fn);
  await settle();
  c.calls[2].resolve('C');
  c.calls[0].resolve('A');
  c.calls[1].resolve('B');
  assert.deepEqual(await p, ['A', 'B', 'C']);
  assert.deepEqual(c.calls.map((x) => x.index), [0, 1, 2]);
});

test('never more than limit in flight', async () => {
  const c = controlled();
  const p = mapLimit([0, 1, 2, 3, 4, 5, 6], 3, c.fn);
  for (let round = 0; round < 10; round++) {
    await settle();
    for (const call of c.calls) call.resolve(call.item * 2);
  }
  assert.deepEqual(await p, [0, 2, 4, 6, 8, 10, 12]);
  assert.equal(c.peak, 3);
});

test('sliding window: a finished call frees its slot immediately', async () => {
  const c = controlled();
  const p = mapLimit(['slow', 'fast', 'third', 'fourth'], 2, c.fn);
  await settle();
  assert.deepEqual(c.calls.map((x) => x.item), ['slow', 'fast']);
  c.calls[1].resolve(2);
  await settle();
  assert.deepEqual(c.calls.map((x) => x.item), ['slow', 'fast', 'third'], 'third must start while slow is still pending');
  c.calls[2].resolve(3);
  await settle();
  assert.equal(c.calls.length, 4);
  c.calls[3].resolve(4);
  c.calls[0].resolve(1);
  assert.deepEqual(await p, [1, 2, 3, 4]);
});

test('fn receives item and index; sync return values work', async () => {
  const seen = [];
  const out = await mapLimit(['x', 'y'], 1, (item, i) => { seen.push([item, i]); return item + i; });
  assert.deepEqual(out, ['x0', 'y1']);
  assert.deepEqual(seen, [['x', 0], ['y', 1]]);
});

test('rejection stops new starts', async () => {
  const c = controlled();
  const p = mapLimit([0, 1, 2, 3, 4], 2, c.fn);
  const outcome = p.then(() => 'resolved', (e) => e);
  await settle();
  const boom = new Error('boom');
  c.calls[0].reject(boom);
  await settle();
  assert.equal(await outcome, boom);
  c.calls[1].resolve('late');
  await settle();
  assert.equal(c.calls.length, 2, 'no item may start after the failure');
});

test('synchronous throw rejects', async () => {
  let calls = 0;
  await assert.rejects(
    mapLimit([1, 2, 3], 1, () => { calls++; throw new TypeError('sync'); }),
    TypeError,
  );
  await settle();
  assert.equal(calls, 1);
});

test('Infinity starts everything at once', async () => {
  const c = controlled();
  const p = mapLimit([1, 2, 3, 4], Infinity, c.fn);
  await settle();
  assert.equal(c.calls.length, 4);
  c.calls.forEach((call) => call.resolve(call.item));
  assert.deepEqual(await p, [1, 2, 3, 4]);
});

test('empty input and invalid limits', async () => {
  let called = false;
  assert.deepEqual(await mapLimit([], 2, () => { called = true; }), []);
  for (const bad of [0, -1, 1.5, NaN, '2']) {
    await assert.rejects(mapLimit([1], bad, () => { called = true; }), RangeError, String(bad));
  }
  assert.equal(called, false);
});
