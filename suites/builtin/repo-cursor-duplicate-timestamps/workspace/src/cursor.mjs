/** Cursors are opaque strings: base64url-encoded JSON objects. */
export function encodeCursor(position) {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The object inside a cursor; throws Error("invalid cursor") for anything else. */
export function decodeCursor(cursor) {
  try {
    if (typeof cursor !== 'string' || cursor === '' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error();
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error();
    return value;
  } catch {
    throw new Error('invalid cursor');
  }
}
