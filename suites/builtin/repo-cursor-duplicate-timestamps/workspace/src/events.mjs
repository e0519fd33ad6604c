import { encodeCursor, decodeCursor } from './cursor.mjs';

/** Newest first. */
function compareEvents(a, b) {
  return b.createdAt - a.createdAt;
}

/** True if `event` comes after the position `pos` in the listing order. */
function isAfter(event, pos) {
  return event.createdAt < pos.createdAt;
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
    if (typeof pos.createdAt !== 'number') throw new Error('invalid cursor');
    ordered = ordered.filter((e) => isAfter(e, pos));
  }
  const items = ordered.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = ordered.length > limit ? encodeCursor({ createdAt: last.createdAt }) : null;
  return { items, nextCursor };
}
