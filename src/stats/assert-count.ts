// Argument checks shared by the statistics functions. Every failure is a RangeError whose message
// names the function and the argument, so a caller's mistake is obvious from the message alone.

/** Throws a RangeError unless `value` is a non-negative safe integer (a count). */
export function assertCount(fn: string, name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${fn}: ${name} must be a non-negative integer, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `0 <= part <= whole` for two counts (e.g. successes within n). */
export function assertCountWithin(fn: string, partName: string, part: number, wholeName: string, whole: number): void {
  assertCount(fn, partName, part);
  assertCount(fn, wholeName, whole);
  if (part > whole) {
    throw new RangeError(`${fn}: ${partName} (${part}) must not exceed ${wholeName} (${whole})`);
  }
}

/** Throws a RangeError unless `value` lies strictly between 0 and 1 (a confidence, a level, a power). */
export function assertOpenUnit(fn: string, name: string, value: number): void {
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`${fn}: ${name} must be strictly between 0 and 1, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `value` lies in [0, 1] (a probability, a p-value). */
export function assertUnit(fn: string, name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${fn}: ${name} must be between 0 and 1, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `value` is a finite positive number (a shape parameter). */
export function assertPositive(fn: string, name: string, value: number): void {
  if (!(value > 0 && Number.isFinite(value))) {
    throw new RangeError(`${fn}: ${name} must be a finite positive number, got ${String(value)}`);
  }
}
