const LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

function unquote(raw, lineno) {
  if (raw.startsWith('"')) {
    const end = raw.indexOf('"', 1);
    if (end === -1) throw new SyntaxError(`line ${lineno}: unterminated double quote`);
    return raw.slice(1, end).replace(/\\n/g, '\n').replace(/\\"/g, '"');
  }
  if (raw.startsWith("'")) {
    const end = raw.indexOf("'", 1);
    if (end === -1) throw new SyntaxError(`line ${lineno}: unterminated single quote`);
    return raw.slice(1, end);
  }
  return raw.trim();
}

/** Removes a " #" comment from the end of a value. */
function stripComment(raw) {
  const i = raw.search(/\s#/);
  return i === -1 ? raw : raw.slice(0, i);
}

/** Parses .env text into an object of strings (see README.md). */
export function parseEnv(text) {
  const out = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const m = LINE.exec(trimmed);
    if (!m) throw new SyntaxError(`line ${index + 1}: expected KEY=value`);
    out[m[1]] = unquote(m[2], index + 1);
  });
  return out;
}
