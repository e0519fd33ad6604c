/**
 * Collects a stream's output up to a byte limit, keeping the head and the tail (where test failures
 * and stack traces usually are) and marking the cut in the middle.
 */
export class CappedBuffer {
  private readonly half: number;
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer = Buffer.alloc(0);
  private dropped = 0;

  constructor(private readonly limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  /** Appends a chunk. */
  push(chunk: Buffer): void {
    if (this.headBytes < this.half) {
      const take = Math.min(this.half - this.headBytes, chunk.length);
      this.head.push(chunk.subarray(0, take));
      this.headBytes += take;
      chunk = chunk.subarray(take);
    }
    if (chunk.length === 0) return;
    const joined = Buffer.concat([this.tail, chunk]);
    const keep = this.limit - this.half;
    if (joined.length > keep) {
      this.dropped += joined.length - keep;
      this.tail = joined.subarray(joined.length - keep);
    } else {
      this.tail = joined;
    }
  }

  /** True when bytes were dropped. */
  get truncated(): boolean {
    return this.dropped > 0;
  }

  /** The kept text, with a marker where bytes were dropped. */
  toString(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = this.tail.toString('utf8');
    return this.dropped > 0 ? `${head}\n…[${this.dropped} bytes cut]…\n${tail}` : head + tail;
  }
}
