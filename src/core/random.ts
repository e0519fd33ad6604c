import { createHash } from 'node:crypto';

/**
 * A deterministic uniform number in [0, 1) derived from the given key parts. The same parts always
 * give the same number, on every machine: used for daily task selection and the simulated agent.
 */
export function hashUniform(...parts: (string | number)[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  // 53 bits of the digest → a double in [0, 1).
  const hi = digest.readUInt32BE(0) >>> 5; // 27 bits
  const lo = digest.readUInt32BE(4) >>> 6; // 26 bits
  return (hi * 67108864 + lo) / 9007199254740992;
}

/** A small seeded PRNG (mulberry32) for simulations that need a stream of numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
