import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapConcurrent } from './map-concurrent.js';

test('keeps the input order even when later items finish first', async () => {
  const delays = [30, 5, 20, 1, 10, 0];
  const out = await mapConcurrent(delays, 3, async (d, i) => {
    await sleep(d);
    return `${i}:${d}`;
  });
  assert.deepEqual(out, ['0:30', '1:5', '2:20', '3:1', '4:10', '5:0']);
});

test('never has more than `limit` calls in flight, and uses the limit', async () => {
  let inFlight = 0;
  let peak = 0;
  const items = Array.from({ length: 20 }, (_, i) => i);
  const out = await mapConcurrent(items, 4, async (x) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await sleep(2 + (x % 3));
    inFlight -= 1;
    return x * 2;
  });
  assert.equal(peak, 4);
  assert.deepEqual(out, items.map((x) => x * 2));
});

test('limit 1 runs the items one after another in order', async () => {
  const started: number[] = [];
  let inFlight = 0;
  await mapConcurrent([1, 2, 3, 4], 1, async (x) => {
    inFlight += 1;
    assert.equal(inFlight, 1);
    started.push(x);
    await sleep(1);
    inFlight -= 1;
  });
  assert.deepEqual(started, [1, 2, 3, 4]);
});

test('an empty list gives an empty result without calling fn; limit 0 still makes progress', async () => {
  let calls = 0;
  assert.deepEqual(await mapConcurrent([], 4, async () => ++calls), []);
  assert.equal(calls, 0);
  assert.deepEqual(await mapConcurrent([1, 2], 0, async (x) => x + 1), [2, 3]);
});

test('the first rejection rejects the whole map', async () => {
  await assert.rejects(
    mapConcurrent([1, 2, 3], 2, async (x) => {
      if (x === 2) throw new Error('boom 2');
      return x;
    }),
    { message: 'boom 2' },
  );
});
