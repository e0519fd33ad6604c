import { InvalidArgumentError } from 'commander';
import { isIsoDay } from '../core/clock.js';

/** Parses a positive integer option value (commander argParser). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

/** Parses a `YYYY-MM-DD` option value (commander argParser). */
export function isoDayOption(value: string): string {
  if (!isIsoDay(value)) throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Parses a positive number option value (commander argParser). */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
}
