import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TaskQueue } from '../src/queue.mjs';
import { deferred, flush } from './helpers.mjs';

test('issue: onIdle waits for running tasks', async () => {
  const q = new TaskQueue(1);
  const gates = [deferred(), deferred()];
  let finished = 0;
  for (const g of gates) q.add(() => g.promise.then(() => { finished++; }));
  let idle = false;
  const idlePromise = q.onIdle().then(() => { idle = true; });
  await flush();
  assert.equal(idle, false);
  gates[0].resolve();
  await flush();
  assert.equal(idle, false);
  gates[1].resolve();
  await idlePromise;
  assert.equal(finished, 2);
});

test('issue: the concurrency limit holds after a failure', async () => {
  const q = new TaskQueue(1);
  let active = 0;
  let maxActive = 0;
  const slow = () => async () => {
    active++;
    maxActive = Math.max(maxActive, active);
    await flush();
    await flush();
    active--;
  };
  const failing = q.add(async () => { throw new Error('upload failed'); });
  const rest = [q.add(slow()), q.add(slow()), q.add(slow())];
  await assert.rejects(failing, /upload failed/);
  await Promise.all(rest);
  assert.equal(maxActive, 1);
  assert.equal(q.running, 0);
});

test('issue: onIdle after a failure resolves once everything settled', async () => {
  const q = new TaskQueue(2);
  const gate = deferred();
  q.add(() => Promise.reject(new Error('x'))).catch(() => {});
  q.add(() => gate.promise);
  let idle = false;
  q.onIdle().then(() => { idle = true; });
  await flush();
  assert.equal(idle, false);
  gate.resolve();
  await flush();
  assert.equal(idle, true);
});

test('tasks added after idle run normally', async () => {
  const q = new TaskQueue(1);
  await q.onIdle();
  assert.equal(await q.add(() => 5), 5);
  await q.onIdle();
});
