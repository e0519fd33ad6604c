// A small INI reader for the tool's config files.
//
//   ; comment            # comment
//   name = demo          -> { name: 'demo' }
//   [server]
//   port = 8080          -> { server: { port: 8080 } }
//   [server.tls]         -> nested: { server: { tls: { ... } } }

export class IniSyntaxError extends SyntaxError {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.name = 'IniSyntaxError';
    this.line = line;
  }
}

const ESCAPES = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/**
 * Convert the raw text after "=" into a value. `line` is only for errors.
 *
 * 1. Trim surrounding whitespace.
 * 2. Quoted value: if the trimmed text starts with `"`, it must contain a
 *    closing `"` (an unescaped one); the value is the text between the quotes
 *    with the escapes \n \t \" \\ decoded, and is always a string. After the
 *    closing quote only whitespace, optionally followed by a comment (`;` or
 *    `#` and anything after it), is allowed. Any other escape (e.g. `\x`), a
 *    missing closing quote, or other trailing text throws IniSyntaxError.
 * 3. Unquoted value: a `;` or `#` that is preceded by whitespace starts an
 *    inline comment, which is removed together with the whitespace before it
 *    (`a ; note` -> `a`). A `;` or `#` at the very start of the value or right
 *    after a non-space character is ordinary text (`#fff`, `a#b`). Then:
 *      - `true` / `false` (any letter case) become booleans;
 *      - text matching /^-?\d+(\.\d+)?$/ becomes a Number;
 *      - anything else, including the empty string, stays a string.
 */
export function parseValue(raw, line = 0) {
  const text = raw.trim();
  if (text.startsWith('"')) {
    let out = '';
    let i = 1;
    for (;;) {
      if (i >= text.length) throw new IniSyntaxError('unterminated quoted value', line);
      const ch = text[i];
      if (ch === '"') break;
      if (ch === '\\') {
        const next = text[i + 1];
        if (!Object.hasOwn(ESCAPES, next)) throw new IniSyntaxError(`unknown escape \\${next ?? ''}`, line);
        out += ESCAPES[next];
        i += 2;
        continue;
      }
      out += ch;
      i++;
    }
    const rest = text.slice(i + 1).trim();
    if (rest !== '' && !rest.startsWith(';') && !rest.startsWith('#')) {
      throw new IniSyntaxError(`unexpected text after quoted value: ${rest}`, line);
    }
    return out;
  }
  const value = text.split(/[;#]/)[0].trim();
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/** Parse INI text into a nested plain object. */
export function parseIni(text) {
  const root = {};
  let section = root;
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) return;
    if (line.startsWith('[')) {
      const m = /^\[([A-Za-z0-9_.-]+)\]$/.exec(line);
      if (!m) throw new IniSyntaxError(`bad section header ${line}`, lineNo);
      section = root;
      for (const part of m[1].split('.')) {
        if (part === '') throw new IniSyntaxError(`empty section name in ${line}`, lineNo);
        if (typeof section[part] !== 'object' || section[part] === null) section[part] = {};
        section = section[part];
      }
      return;
    }
    const eq = rawLine.indexOf('=');
    if (eq === -1) throw new IniSyntaxError(`expected key = value`, lineNo);
    const key = rawLine.slice(0, eq).trim();
    if (key === '') throw new IniSyntaxError('empty key', lineNo);
    section[key] = parseValue(rawLine.slice(eq + 1), lineNo);
  });
  return root;
}
