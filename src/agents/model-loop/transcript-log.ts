import { redactSecrets } from '../../core/redact.js';

/** Default bound of a transcript, in characters (head and tail are kept). */
export const TRANSCRIPT_LIMIT = 256 * 1024;

/**
 * An attempt's transcript as JSON lines (one event a line), bounded to `limit` characters (the
 * head and the tail, with a marker line where the middle was cut) and redacted on output.
 */
export class TranscriptLog {
  private readonly lines: string[] = [];

  constructor(private readonly secrets: readonly string[], private readonly limit: number = TRANSCRIPT_LIMIT) {}

  /** Appends one event. Long strings inside it are kept; the whole is bounded in `toString`. */
  push(event: Record<string, unknown>): void {
    this.lines.push(JSON.stringify(event));
  }

  /** The redacted, bounded transcript. */
  toString(): string {
    return boundText(redactSecrets(this.lines.join('\n'), this.secrets), this.limit);
  }
}

/** Keeps the head and tail of `text` within `limit` characters, cutting at line ends where possible. */
export function boundText(text: string, limit: number = TRANSCRIPT_LIMIT): string {
  if (text.length <= limit) return text;
  const half = Math.floor(limit / 2);
  let head = text.slice(0, half);
  const h = head.lastIndexOf('\n');
  if (h > half / 2) head = head.slice(0, h);
  let tail = text.slice(-half);
  const t = tail.indexOf('\n');
  if (t >= 0 && t < half / 2) tail = tail.slice(t + 1);
  const cut = text.length - head.length - tail.length;
  return `${head}\n${JSON.stringify({ type: 'truncated', characters: cut })}\n${tail}`;
}
