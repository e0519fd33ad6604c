/** Stable error codes; scripts may rely on them. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'USAGE'
  | 'UNKNOWN_AGENT'
  | 'UNKNOWN_SUITE'
  | 'TASK_INVALID'
  | 'DATABASE'
  | 'RUN_CONFLICT'
  | 'INTERRUPTED'
  | 'BUDGET'
  | 'INTERNAL';

/**
 * The one error class of barometer. `exitCode` 2 marks a user's mistake (usage, config, input):
 * the CLI prints `message` on one line without a stack trace.
 */
export class BarometerError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BarometerError';
    this.code = code;
    this.exitCode = options.exitCode ?? (code === 'INTERNAL' || code === 'INTERRUPTED' ? 1 : 2);
  }
}

/** A user error (exit code 2): bad flag, unknown name, invalid input. */
export function usageError(code: ErrorCode, message: string, cause?: unknown): BarometerError {
  return new BarometerError(code, message, { cause, exitCode: 2 });
}
