import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TaskQueue } from '../src/queue.mjs';
import { deferred, flush } from './helpers.mjs';

test('resolves with the task results', async () => {
  const q = new TaskQueue(2);
  assert.deepEqual(await Promise.all([q.add(async () => 1), q.add(() => 2), q.add(async () => 3)]), [1, 2, 3]);
});

test('propagates rejections and synchronous throws', async () => {
  const q = new TaskQueue(1);
  await assert.rejects(q.add(async () => { throw new Error('boom'); }), /boom/);
  await assert.rejects(q.add(() => { throw new Error('sync'); }), /sync/);
  assert.equal(await q.add(() => 'after'), 'after');
});

test('starts tasks in FIFO order, at most `concurrency` at a time', async () => {
  const q = new TaskQueue(2);
  const started = [];
  const gates = [deferred(), deferred(), deferred()];
  const all = gates.map((g, i) => q.add(() => { started.push(i); return g.promise; }));
  await flush();
  assert.deepEqual(started, [0, 1]);
  gates[1].resolve();
  await flush();
  assert.deepEqual(started, [0, 1, 2]);
  gates[0].resolve();
  gates[2].resolve();
  await Promise.all(all);
});

test('onIdle resolves at once for an empty queue', async () => {
  await new TaskQueue(3).onIdle();
});
