/**
 * Splits chunked text into lines. Terminators: "\n", "\r\n" and a lone "\r".
 */
export class LineSplitter {
  #buffer = '';
  /** True when the last character seen was a "\r" that already ended a line. */
  #skipLF = false;
  #count = 0;

  constructor({ maxLineLength = Infinity } = {}) {
    this.maxLineLength = maxLineLength;
  }

  get lineCount() {
    return this.#count;
  }

  #check(line, number) {
    if (line.length > this.maxLineLength) {
      throw new RangeError(`line ${number} exceeds ${this.maxLineLength} characters`);
    }
  }

  /**
   * Feed a chunk; returns the lines it completed.
   * @param {string} chunk
   * @returns {string[]}
   */
  push(chunk) {
    // TODO: implement as documented in instruction.md.
    throw new Error('not implemented');
  }

  /** Flush: the unterminated rest as a final line (if non-empty). */
  end() {
    const rest = this.#buffer;
    this.#buffer = '';
    this.#skipLF = false;
    if (rest === '') return [];
    this.#count++;
    return [rest];
  }
}
