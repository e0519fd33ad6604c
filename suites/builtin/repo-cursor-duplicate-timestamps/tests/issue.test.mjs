import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listEvents } from '../src/events.mjs';

function walk(events, limit) {
  const pages = [];
  let cursor;
  do {
    const page = listEvents(events, { limit, cursor });
    pages.push(page.items.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return pages;
}

const events = [
  { id: 'a', createdAt: 100 },
  { id: 'c', createdAt: 200 },
  { id: 'b', createdAt: 200 },
  { id: 'd', createdAt: 200 },
  { id: 'e', createdAt: 300 },
];

test('issue: events sharing a timestamp across a page boundary are all returned', () => {
  assert.deepEqual(walk(events, 2), [['e', 'd'], ['c', 'b'], ['a']]);
});

test('issue: every page size returns every event exactly once, in order', () => {
  const many = Array.from({ length: 23 }, (_, i) => ({ id: `id${String(i).padStart(2, '0')}`, createdAt: 1000 + Math.floor(i / 5) }));
  const expected = [...many].sort((x, y) => y.createdAt - x.createdAt || (x.id < y.id ? 1 : -1)).map((e) => e.id);
  for (let limit = 1; limit <= 8; limit++) assert.deepEqual(walk(many, limit).flat(), expected, `limit ${limit}`);
});

test('issue: cursor stays valid when newer events arrive, also inside a timestamp group', () => {
  const p1 = listEvents(events, { limit: 3 });
  const newer = [...events, { id: 'z', createdAt: 900 }, { id: 'y', createdAt: 800 }];
  assert.deepEqual(listEvents(newer, { limit: 3, cursor: p1.nextCursor }).items.map((e) => e.id), ['b', 'a']);
});

test('exact multiple of the page size ends with a null cursor', () => {
  const distinct = [{ id: 'a', createdAt: 1 }, { id: 'b', createdAt: 2 }, { id: 'c', createdAt: 3 }, { id: 'd', createdAt: 4 }];
  const p1 = listEvents(distinct, { limit: 2 });
  const p2 = listEvents(distinct, { limit: 2, cursor: p1.nextCursor });
  assert.equal(p2.items.length, 2);
  assert.equal(p2.nextCursor, null);
});
