import { createHash, randomBytes } from 'node:crypto';

/** A new random id with a readable prefix, e.g. `run_5f3a9c1e2b7d`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Hex SHA-256 of the given parts (joined unambiguously). */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(String(typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength));
    h.update(':');
    h.update(p);
  }
  return h.digest('hex');
}

/** A short (12 hex digit) content hash, used for versions. */
export function shortHash(...parts: (string | Uint8Array)[]): string {
  return sha256(...parts).slice(0, 12);
}
