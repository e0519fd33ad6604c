/** What kind of failure a model call ended with. */
export type ApiFailureKind = 'http' | 'network' | 'timeout' | 'stream' | 'aborted' | 'invalid';

/**
 * A failed model call, classified by the adapter that made it (the only place that knows its SDK's
 * error classes). `retryable` decides whether `withRetries` tries again. The message never holds
 * secrets: adapters build it from the status and the API's error type and message.
 */
export class ApiCallError extends Error {
  readonly kind: ApiFailureKind;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  /** Tries made before giving up (set by `withRetries`). */
  attempts = 1;

  constructor(message: string, options: { kind: ApiFailureKind; status?: number | null; retryable: boolean; retryAfterMs?: number | null; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiCallError';
    this.kind = options.kind;
    this.status = options.status ?? null;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
