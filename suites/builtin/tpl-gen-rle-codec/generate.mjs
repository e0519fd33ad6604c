// A run-length format: runs of at least MIN equal characters become `M c count M`, runs longer than
// MAX are split into chunks, the marker itself is escaped as `MM`. The wrong solution never splits
// long runs.

function encodeRef(text, { marker, min, max }, split = true) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    let j = i;
    while (j < text.length && text[j] === c) j++;
    let k = j - i;
    if (c === marker) out += marker.repeat(2 * k);
    else {
      while (k > 0) {
        const chunk = split ? Math.min(k, max) : k;
        out += chunk >= min ? `${marker}${c}${chunk}${marker}` : c.repeat(chunk);
        k -= chunk;
      }
    }
    i = j;
  }
  return out;
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const file = `${noun}-rle.mjs`;
  const enc = h.caseWords(['pack', noun], 'camel');
  const dec = h.caseWords(['unpack', noun], 'camel');
  const marker = h.pick(['~', '^', '@', '#', '%', '!']);
  const min = h.int(3, 5);
  const max = h.int(9, 40);
  const p = { marker, min, max };
  const alpha = 'abcxyz0123456789 .'.replace(marker, '');
  const chunk = (k, c = h.pick([...alpha])) => c.repeat(k);
  const samples = [
    '',
    'abc',
    chunk(min - 1, 'a') + 'b' + chunk(min, 'c'),
    `x${marker}y${marker}${marker}z`,
    chunk(min + 2, '7') + chunk(2, '1') + chunk(min, '0'),
    chunk(max, 'q'),
    chunk(max + min + 1, 'r'),
    chunk(2 * max + 1, 's') + 'tt',
    Array.from({ length: 6 }, () => chunk(h.int(1, min + 3))).join(''),
    `${marker}${chunk(min + 1, 'k')}${marker}`,
  ];
  const encoded = samples.map((s) => [s, encodeRef(s, p)]);
  const m = marker;
  const badInputs = [`ab${m}`, `${m}a12`, `${m}a${m}`, `${m}ax3${m}`, `x${m}b`];
  const rules = h.shuffle([
    `A run of ${min} or more equal characters \`c\` (other than the marker) is written as the token \`${m}\` + \`c\` + the run length in decimal + \`${m}\`; for example ${min + 1} times \`a\` becomes \`${m}a${min + 1}${m}\`. Shorter runs are written as they are.`,
    `A token never counts more than ${max} characters: a longer run is cut into pieces of ${max}, left to right, and each piece is then written like a run of its own length (so a final piece shorter than ${min} is written as it is).`,
    `Every marker character \`${m}\` in the input is written as \`${m}${m}\`, and runs of markers are never turned into tokens.`,
  ]);
  const instruction = `# A run-length format for ${noun} data

Create \`${file}\` (an ES module) exporting \`${enc}(text)\` and \`${dec}(packed)\`:
\`${dec}(${enc}(s)) === s\` for every string \`s\`. The format uses the marker character \`${m}\`:

${rules.map((r) => `- ${r}`).join('\n')}

\`${enc}\` must produce exactly this format (runs are maximal: \`aaa\` is one run of 3).
\`${dec}\` reverses it and throws a \`SyntaxError\` on malformed input: a marker at the end of the
input, a token without digits between the character and the closing marker, a non-digit where a
digit or the closing marker is expected, or a token that is never closed.
`;
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ${enc}, ${dec} } from '../${file}';

const cases = ${JSON.stringify(encoded)};

test('encodes', () => {
  for (const [plain, packed] of cases) assert.equal(${enc}(plain), packed, JSON.stringify(plain));
});

test('decodes', () => {
  for (const [plain, packed] of cases) assert.equal(${dec}(packed), plain, JSON.stringify(packed));
});

test('round trips', () => {
  const s = ${JSON.stringify('a'.repeat(3 * max + 2) + m + 'b'.repeat(min) + m + m + '9'.repeat(min + 1))};
  assert.equal(${dec}(${enc}(s)), s);
});

test('rejects malformed input', () => {
  for (const bad of ${JSON.stringify(badInputs)}) assert.throws(() => ${dec}(bad), SyntaxError, bad);
});
`;
  const impl = (split) => `const MARKER = ${JSON.stringify(m)};
const MIN_RUN = ${min};
const MAX_COUNT = ${max};

export function ${enc}(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    let j = i;
    while (j < text.length && text[j] === c) j++;
    let k = j - i;
    if (c === MARKER) {
      out += MARKER.repeat(2 * k);
    } else {
      while (k > 0) {
        const piece = ${split ? 'Math.min(k, MAX_COUNT)' : 'k'};
        out += piece >= MIN_RUN ? MARKER + c + piece + MARKER : c.repeat(piece);
        k -= piece;
      }
    }
    i = j;
  }
  return out;
}

export function ${dec}(packed) {
  let out = '';
  for (let i = 0; i < packed.length; ) {
    if (packed[i] !== MARKER) {
      out += packed[i++];
      continue;
    }
    if (i + 1 >= packed.length) throw new SyntaxError('marker at end of input');
    if (packed[i + 1] === MARKER) {
      out += MARKER;
      i += 2;
      continue;
    }
    const c = packed[i + 1];
    let j = i + 2;
    let digits = '';
    while (j < packed.length && packed[j] !== MARKER) {
      if (packed[j] < '0' || packed[j] > '9') throw new SyntaxError(\`unexpected \${packed[j]} in a token\`);
      digits += packed[j++];
    }
    if (j >= packed.length) throw new SyntaxError('unterminated token');
    if (digits === '') throw new SyntaxError('token without a count');
    out += c.repeat(Number(digits));
    i = j + 1;
  }
  return out;
}
`;
  return {
    instruction,
    workspace: { [file]: `export function ${enc}(text) {\n  throw new Error('not implemented');\n}\n\nexport function ${dec}(packed) {\n  throw new Error('not implemented');\n}\n` },
    tests: { 'rle.test.mjs': tests },
    solution: { [file]: impl(true) },
    wrong: { [file]: impl(false) },
    params: { noun, file, enc, dec, marker, min, max },
  };
}
