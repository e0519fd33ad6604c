import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Mutex } from '../mutex.mjs';

const tick = () => new Promise((r) => setImmediate(r));

test('free mutex locks at once', async () => {
  const m = new Mutex();
  const release = await m.acquire();
  assert.equal(typeof release, 'function');
  assert.equal(m.isLocked, true);
  release();
  assert.equal(m.isLocked, false);
});

test('waiters get the lock in FIFO order', async () => {
  const m = new Mutex();
  const order = [];
  const r0 = await m.acquire();
  const p1 = m.acquire().then((rel) => { order.push(1); return rel; });
  const p2 = m.acquire().then((rel) => { order.push(2); return rel; });
  assert.equal(m.pendingCount, 2);
  await tick();
  assert.deepEqual(order, []);
  r0();
  const r1 = await p1;
  assert.equal(m.isLocked, true);
  assert.deepEqual(order, [1]);
  r1();
  const r2 = await p2;
  assert.deepEqual(order, [1, 2]);
  r2();
  assert.equal(m.isLocked, false);
});

test('release is idempotent', async () => {
  const m = new Mutex();
  const r0 = await m.acquire();
  const p1 = m.acquire();
  r0();
  r0();
  const r1 = await p1;
  assert.equal(m.isLocked, true);
  const p2 = m.acquire();
  r0();
  await tick();
  assert.equal(m.pendingCount, 1);
  r1();
  (await p2)();
  assert.equal(m.isLocked, false);
});

test('already aborted signal rejects without locking', async () => {
  const m = new Mutex();
  const ac = new AbortController();
  const reason = new Error('nope');
  ac.abort(reason);
  await assert.rejects(m.acquire({ signal: ac.signal }), (e) => e === reason);
  assert.equal(m.isLocked, false);
  assert.equal(m.pendingCount, 0);
});

test('abort while waiting leaves the queue and never gets the lock', async () => {
  const m = new Mutex();
  const r0 = await m.acquire();
  const ac = new AbortController();
  const aborted = m.acquire({ signal: ac.signal });
  const p2 = m.acquire();
  assert.equal(m.pendingCount, 2);
  ac.abort();
  assert.equal(m.pendingCount, 1);
  await assert.rejects(aborted, { name: 'AbortError' });
  r0();
  const r2 = await p2;
  assert.equal(m.isLocked, true);
  r2();
  assert.equal(m.isLocked, false);
});

test('aborting after the grant does nothing', async () => {
  const m = new Mutex();
  const ac = new AbortController();
  const release = await m.acquire({ signal: ac.signal });
  ac.abort();
  assert.equal(m.isLocked, true);
  release();
  assert.equal(m.isLocked, false);
});

test('runExclusive serialises work', async () => {
  const m = new Mutex();
  const log = [];
  const job = (name) => m.runExclusive(async () => {
    log.push(`start ${name}`);
    await tick();
    log.push(`end ${name}`);
    return name;
  });
  assert.deepEqual(await Promise.all([job('a'), job('b'), job('c')]), ['a', 'b', 'c']);
  assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  await assert.rejects(m.runExclusive(() => { throw new Error('x'); }), { message: 'x' });
  assert.equal(m.isLocked, false);
});
