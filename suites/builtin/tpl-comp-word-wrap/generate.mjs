// Complete a greedy word wrapper. The wrong solution breaks a line one character early (< instead
// of <= when checking the width).

function wrapRef(paragraph, width, indent, strict = false) {
  const words = paragraph.split(/\s+/).filter((w) => w !== '');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = (lines.length === 0 ? '' : indent) + w;
    else {
      const candidate = `${line} ${w}`;
      if (strict ? candidate.length < width : candidate.length <= width) line = candidate;
      else {
        lines.push(line);
        line = indent + w;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const file = `${noun}-wrap.mjs`;
  const width = h.int(24, 48);
  const indent = h.pick(['  ', '    ', '> ', '| ', '.. ']);
  const word = () => h.pick([...h.words.nouns, ...h.words.adjectives, ...h.words.verbs]);
  const sentence = (n) => Array.from({ length: n }, word).join(' ');
  // A paragraph whose first line fills the width exactly, and one whose second line does.
  const exact = (lead) => {
    let s = lead;
    while (width - s.length > 12) s += ` ${word()}`;
    const rest = width - s.length - 1;
    return `${s} ${'k'.repeat(rest)} ${sentence(3)}`;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const long = Array.from({ length: width + h.int(1, 9) }, () => h.pick([...letters])).join('');
  const inputs = [
    sentence(h.int(12, 20)),
    exact(word()),
    `${sentence(2)}\t  ${sentence(3)}\n${sentence(4)}   `,
    `${word()} ${long} ${sentence(3)}`,
    word(),
    '   ',
    sentence(h.int(25, 40)),
  ];
  const widths = [undefined, undefined, undefined, undefined, 5, undefined, h.int(12, 20)];
  const cases = inputs.map((p, i) => [p, widths[i] ?? null, wrapRef(p, widths[i] ?? width, indent)]);
  const doc = `${sentence(8)}\n\n  \n${exact(word())}\n\n\n${sentence(15)}`;
  const docExpected = doc.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '').map((p) => wrapRef(p, width, indent)).join('\n\n');
  const head = `// Word wrapping for ${noun} notes: paragraphs are filled greedily to a width, and continuation
// lines get a hanging indent.

export const WIDTH = ${width};
export const INDENT = ${JSON.stringify(indent)};

/** Splits text into paragraphs at blank lines (lines of only spaces or tabs); drops empty ones. */
export function splitParagraphs(text) {
  return text
    .split(/\\n[ \\t]*\\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Wraps one paragraph to \`width\` columns and returns the lines joined with "\\n" (no final newline).
 * Words are the runs of non-whitespace characters; they are never split nor changed. Lines are
 * filled greedily: a word goes on the current line (after one space) when the line, with it, is
 * at most \`width\` characters long; otherwise it starts a new line. Every line but the first
 * starts with INDENT, which counts towards the width. A word too long to fit even on a fresh line
 * goes alone on its own line, over the width. A paragraph without words gives "".
 */
export function wrapParagraph(paragraph, width = WIDTH) {
`;
  const tail = `}

/** Wraps every paragraph of \`text\`; paragraphs are separated by one empty line in the result. */
export function wrapText(text, width = WIDTH) {
  return splitParagraphs(text)
    .map((p) => wrapParagraph(p, width))
    .join('\\n\\n');
}
`;
  const body = (cmp) => `  const words = paragraph.split(/\\s+/).filter((w) => w !== '');
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line === '') {
      line = (lines.length === 0 ? '' : INDENT) + word;
    } else if (line.length + 1 + word.length ${cmp} width) {
      line += ' ' + word;
    } else {
      lines.push(line);
      line = INDENT + word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\\n');
`;
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapParagraph, wrapText } from '../${file}';

const cases = ${JSON.stringify(cases)};

test('wraps paragraphs', () => {
  cases.forEach(([paragraph, width, expected], i) => {
    const got = width === null ? wrapParagraph(paragraph) : wrapParagraph(paragraph, width);
    assert.equal(got, expected, \`case \${i}\`);
  });
});

test('wraps a document', () => {
  assert.equal(wrapText(${JSON.stringify(doc)}), ${JSON.stringify(docExpected)});
});
`;
  return {
    instruction: `# Finish the ${noun} note wrapper

\`${file}\` wraps text for ${noun} notes, but \`wrapParagraph\` has no body yet. Implement it as its
doc comment specifies; keep the rest of the file as it is.
`,
    workspace: { [file]: `${head}  // TODO: implement as documented above\n  throw new Error('not implemented');\n${tail}` },
    tests: { 'wrap.test.mjs': tests },
    solution: { [file]: head + body('<=') + tail },
    wrong: { [file]: head + body('<') + tail },
    params: { noun, file, width, indent },
  };
}
