import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listEvents } from '../src/events.mjs';
import { decodeCursor } from '../src/cursor.mjs';

const events = [
  { id: 'e1', createdAt: 100 },
  { id: 'e2', createdAt: 200 },
  { id: 'e3', createdAt: 300 },
  { id: 'e4', createdAt: 400 },
  { id: 'e5', createdAt: 500 },
];

test('first page holds the newest events', () => {
  const page = listEvents(events, { limit: 2 });
  assert.deepEqual(page.items.map((e) => e.id), ['e5', 'e4']);
  assert.equal(typeof page.nextCursor, 'string');
});

test('following the cursor gives the next page, the last page has no cursor', () => {
  const p1 = listEvents(events, { limit: 2 });
  const p2 = listEvents(events, { limit: 2, cursor: p1.nextCursor });
  const p3 = listEvents(events, { limit: 2, cursor: p2.nextCursor });
  assert.deepEqual(p2.items.map((e) => e.id), ['e3', 'e2']);
  assert.deepEqual(p3.items.map((e) => e.id), ['e1']);
  assert.equal(p3.nextCursor, null);
});

test('cursors survive new events being added at the top', () => {
  const p1 = listEvents(events, { limit: 2 });
  const newer = [...events, { id: 'e6', createdAt: 600 }, { id: 'e7', createdAt: 700 }];
  const p2 = listEvents(newer, { limit: 2, cursor: p1.nextCursor });
  assert.deepEqual(p2.items.map((e) => e.id), ['e3', 'e2']);
});

test('invalid cursors are rejected', () => {
  assert.throws(() => listEvents(events, { limit: 2, cursor: 'garbage!' }), /invalid cursor/);
  assert.throws(() => decodeCursor(''), /invalid cursor/);
});

test('the input array is not modified', () => {
  const copy = [...events].reverse();
  listEvents(copy, { limit: 3 });
  assert.deepEqual(copy.map((e) => e.id), ['e5', 'e4', 'e3', 'e2', 'e1']);
});
