import { encodeCursor, decodeCursor } from './cursor.mjs';

/** Newest first; events with the same createdAt are ordered by id, descending. */
function compareEvents(a, b) {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** True if `event` comes after the position `pos` in the listing order. */
function isAfter(event, pos) {
  if (event.createdAt !== pos.createdAt) return event.createdAt < pos.createdAt;
  return event.id < pos.id;
}

/**
 * One page of `events` in listing order (see README.md).
 * @param {{ id: string, createdAt: number }[]} events
 * @param {{ limit: number, cursor?: string }} options
 */
export function listEvents(events, { limit, cursor }) {
  let ordered = [...events].sort(compareEvents);
  if (cursor !== undefined && cursor !== null) {
    const pos = decodeCursor(cursor);
    if (typeof pos.createdAt !== 'number' || typeof pos.id !== 'string') throw new Error('invalid cursor');
    ordered = ordered.filter((e) => isAfter(e, pos));
  }
  const items = ordered.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = ordered.length > limit ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null;
  return { items, nextCursor };
}
