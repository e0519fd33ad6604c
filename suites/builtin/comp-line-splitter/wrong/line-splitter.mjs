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
    const lines = [];
    let start = 0;
    let i = 0;
    for (; i < chunk.length; i++) {
      const c = chunk[i];
      if (c !== '\n' && c !== '\r') continue;
      const line = this.#buffer + chunk.slice(start, i);
      this.#buffer = '';
      this.#check(line, this.#count + 1);
      lines.push(line);
      this.#count++;
      if (c === '\r') {
        if (i + 1 < chunk.length) {
          if (chunk[i + 1] === '\n') i++;
        } else {
          this.#skipLF = true;
        }
      }
      start = i + 1;
    }
    this.#buffer += chunk.slice(start);
    this.#check(this.#buffer, this.#count + 1);
    return lines;
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
