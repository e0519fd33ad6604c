// Complete formatTable in a report module. The wrong solution sizes columns from the cells only,
// forgetting the headers.

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const file = `${noun}-report.mjs`;
  const fn = h.caseWords(['format', noun, 'table'], 'camel');
  const sep = h.pick([' | ', '  ', ' : ', ' / ']);
  const rule = h.pick(['-', '=', '~', '.']);
  const empty = h.pick(['-', 'n/a', '?', '']);
  const decimals = h.int(0, 2);
  const words = h.distinct(4, () => [h.pick(h.words.adjectives), h.pick(h.words.nouns)]);
  const kinds = h.shuffle(['text', 'text', 'number', 'number']);
  const columns = words.map((w, i) => ({
    key: h.caseWords(w, 'camel'),
    header: `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w[1]}`,
    align: kinds[i] === 'number' ? 'right' : 'left',
    kind: kinds[i],
  }));
  const cellText = (v) => (v === null || v === undefined ? empty : typeof v === 'number' ? v.toFixed(decimals) : String(v));
  const pad = (t, w, a) => (a === 'right' ? t.padStart(w) : t.padEnd(w));
  const format = (rows, useHeaders = true) => {
    const cells = rows.map((r) => columns.map((c) => cellText(r[c.key])));
    const widths = columns.map((c, i) => Math.max(useHeaders ? c.header.length : 0, ...cells.map((row) => row[i].length)));
    const line = (texts) => texts.map((t, i) => pad(t, widths[i], columns[i].align)).join(sep).trimEnd();
    return [line(columns.map((c) => c.header)), widths.map((w) => rule.repeat(w)).join(sep).trimEnd(), ...cells.map(line)].join('\n');
  };
  const value = (c, big) =>
    c.kind === 'number' ? (h.bool(0.5) ? h.int(0, 9) : h.int(-99, 99999) / (big ? 1 : 100)) : h.pick(big ? h.words.nouns.map((n) => `${n} ${h.pick(h.words.verbs)}`) : ['x', 'ok', h.pick(h.words.nouns)]);
  const makeRows = (n, big) =>
    Array.from({ length: n }, () => Object.fromEntries(columns.filter(() => h.bool(0.85)).map((c) => [c.key, value(c, big)])));
  const tables = [makeRows(4, true), makeRows(3, false), [Object.fromEntries(columns.map((c) => [c.key, c.kind === 'number' ? 1 : 'a']))], []];
  const cases = tables.map((rows) => [rows, format(rows)]);
  const head = `// Plain-text report of ${noun} records.

/** The columns, in display order: the row key, the header text and the alignment of the column. */
export const COLUMNS = [
${columns.map((c) => `  { key: ${JSON.stringify(c.key)}, header: ${JSON.stringify(c.header)}, align: ${JSON.stringify(c.align)} },`).join('\n')}
];

const SEPARATOR = ${JSON.stringify(sep)};
const RULE_CHAR = ${JSON.stringify(rule)};
const EMPTY = ${JSON.stringify(empty)};

/** The text of one cell: EMPTY for a missing value, numbers with ${decimals} decimals, the rest as String(). */
export function cellText(value) {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return value.toFixed(${decimals});
  return String(value);
}

/** Pads \`text\` to \`width\`: on the right for a left-aligned column, on the left for a right-aligned one. */
function pad(text, width, align) {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

/**
 * Formats \`rows\` (objects keyed by the COLUMNS keys) as a table, one string, lines joined with "\\n"
 * and no final newline:
 * - a header line (the headers), then a rule line (RULE_CHAR repeated to each column's width),
 *   then one line per row, in order; every line joins its column texts with SEPARATOR;
 * - a column is as wide as its longest text, the header included; texts are padded with spaces
 *   to that width according to the column's alignment (see pad);
 * - trailing whitespace is removed from the end of every line.
 * With no rows, the table is the header line and the rule line.
 */
export function ${fn}(rows) {
`;
  const tail = `}

/** Formats the table and prints it. */
export function printReport(rows, out = console.log) {
  out(${fn}(rows));
}
`;
  const body = (useHeaders) => `  const cells = rows.map((row) => COLUMNS.map((c) => cellText(row[c.key])));
  const widths = COLUMNS.map((c, i) => Math.max(${useHeaders ? 'c.header.length' : '0'}, ...cells.map((texts) => texts[i].length)));
  const line = (texts) => texts.map((t, i) => pad(t, widths[i], COLUMNS[i].align)).join(SEPARATOR).trimEnd();
  const ruleLine = widths.map((w) => RULE_CHAR.repeat(w)).join(SEPARATOR).trimEnd();
  return [line(COLUMNS.map((c) => c.header)), ruleLine, ...cells.map(line)].join('\\n');
`;
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ${fn} } from '../${file}';

const cases = ${JSON.stringify(cases)};

test('formats tables', () => {
  cases.forEach(([rows, expected], i) => assert.equal(${fn}(rows), expected, \`table \${i}\`));
});

test('does not modify the rows', () => {
  const rows = JSON.parse(JSON.stringify(cases[0][0]));
  ${fn}(rows);
  assert.deepEqual(rows, cases[0][0]);
});
`;
  return {
    instruction: `# Finish the ${noun} report table

\`${file}\` formats ${noun} records as a plain-text table, but \`${fn}\` is missing its body. Write it
as its doc comment specifies, using the helpers of the file; do not change anything else.
`,
    workspace: { [file]: `${head}  // TODO: implement as documented above\n  throw new Error('not implemented');\n${tail}` },
    tests: { 'table.test.mjs': tests },
    solution: { [file]: head + body(true) + tail },
    wrong: { [file]: head + body(false) + tail },
    params: { noun, fn, sep, rule, empty, decimals, columns },
  };
}
