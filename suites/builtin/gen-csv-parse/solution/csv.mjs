/**
 * Parse RFC-4180-style CSV text into an array of records.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCSV(text) {
  const records = [];
  if (text === '') return records;
  let record = [];
  let i = 0;
  const n = text.length;
  const isBreakAt = (k) => text[k] === '\n' || (text[k] === '\r' && text[k + 1] === '\n');
  const breakLen = (k) => (text[k] === '\n' ? 1 : 2);
  for (;;) {
    // parse one field starting at i
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new SyntaxError('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < n && text[i] !== ',' && !isBreakAt(i)) {
        throw new SyntaxError(`unexpected character after quoted field at ${i}`);
      }
    } else {
      while (i < n && text[i] !== ',' && !isBreakAt(i)) field += text[i++];
    }
    record.push(field);
    if (i >= n) { records.push(record); break; }
    if (text[i] === ',') { i++; continue; }
    // line break
    i += breakLen(i);
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  return records;
}
