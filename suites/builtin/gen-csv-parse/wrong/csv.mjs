/**
 * Parse RFC-4180-style CSV text into an array of records.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCSV(text) {
  const records = [];
  let record = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; }
        else { inQuotes = false; afterQuote = true; }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '' && !afterQuote) { inQuotes = true; continue; }
    if (ch === ',') { record.push(field); field = ''; afterQuote = false; continue; }
    if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      record.push(field); records.push(record);
      record = []; field = ''; afterQuote = false;
      continue;
    }
    if (afterQuote) throw new SyntaxError(`unexpected character after quoted field at ${i}`);
    field += ch;
  }
  if (inQuotes) throw new SyntaxError('unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
