import { encodeCursor, decodeCursor } from './cursor.mjs';

/** Newest first; events with the same createdAt are ordered by id, descending. */
function compareEvents(a, b) {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * One page of `events` in listing order (see README.md).
 * @param {{ id: string, createdAt: number }[]} events
 * @param {{ limit: number, cursor?: string }} options
 */
export function listEvents(events, { limit, cursor }) {
  const ordered = [...events].sort(compareEvents);
  let offset = 0;
  if (cursor !== undefined && cursor !== null) {
    const pos = decodeCursor(cursor);
    if (!Number.isInteger(pos.offset)) throw new Error('invalid cursor');
    offset = pos.offset;
  }
  const items = ordered.slice(offset, offset + limit);
  const nextCursor = ordered.length > offset + limit ? encodeCursor({ offset: offset + limit }) : null;
  return { items, nextCursor };
}
