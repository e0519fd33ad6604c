/** A uniform random source on [0, 1), such as `seededRandom` from core. */
export type Uniform = () => number;

/** A standard normal variate (Marsaglia's polar method; the spare value is discarded for simplicity). */
export function normalVariate(rand: Uniform): number {
  for (;;) {
    const u = 2 * rand() - 1;
    const v = 2 * rand() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** A Gamma(shape, 1) variate by Marsaglia and Tsang (2000), boosted for shape < 1. */
export function gammaVariate(rand: Uniform, shape: number): number {
  if (shape < 1) {
    const u = rand();
    return gammaVariate(rand, shape + 1) * Math.pow(u > 0 ? u : Number.MIN_VALUE, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalVariate(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) variate as G₁/(G₁ + G₂), kept strictly inside (0, 1). */
export function betaVariate(rand: Uniform, a: number, b: number): number {
  const x = gammaVariate(rand, a);
  const y = gammaVariate(rand, b);
  const p = x + y > 0 ? x / (x + y) : a / (a + b);
  return Math.min(Math.max(p, 1e-12), 1 - 1e-12);
}
