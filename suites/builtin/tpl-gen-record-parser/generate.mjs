// A record format: one record per line, fields separated by SEP, each field `key KV value`, typed
// fields (int, bool, str, list) with defaults when missing, comment and blank lines skipped, errors
// as ValueError. The wrong solution leaves missing fields out instead of filling in defaults.

const py = (s) => JSON.stringify(s); // a JSON string literal is a valid Python string literal here (ASCII)

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = `parse_${noun}s`;
  const mod = `${noun}_records`;
  const sep = h.pick(['|', ';', '^', '~']);
  const kv = h.pick([':', '=', '->']);
  const comment = h.pick(['#', '//', '%', '--']);
  const listSep = h.pick([',', '/', '+']);
  const [yes, no] = h.pick([['yes', 'no'], ['on', 'off'], ['true', 'false'], ['y', 'n']]);
  const names = h.distinct(4, () => h.caseWords([h.pick(h.words.adjectives), h.pick(h.words.nouns)], 'snake'));
  const types = h.shuffle(['int', 'bool', 'str', 'list']);
  const fields = names.map((name, i) => ({ name, type: types[i] }));
  const byType = Object.fromEntries(fields.map((f) => [f.type, f.name]));
  const defaults = { int: 0, bool: false, str: '', list: [] };

  // Data: records as objects, then rendered with random whitespace, order and omissions.
  const draw = (type) =>
    type === 'int' ? h.int(-500, 5000)
    : type === 'bool' ? h.bool()
    : type === 'str' ? h.caseWords([h.pick(h.words.adjectives), h.pick(h.words.nouns)], 'kebab')
    : h.sample(h.words.nouns, h.int(0, 3));
  const render = (type, v) =>
    type === 'int' ? String(v)
    : type === 'bool' ? (v ? yes : no)[h.bool(0.3) ? 'toUpperCase' : 'toLowerCase']()
    : type === 'str' ? v
    : v.join(h.bool() ? listSep : ` ${listSep} `);
  const sp = () => h.pick(['', '', ' ', '  ']);
  const records = [];
  const lines = [`${comment} ${noun} export`, ''];
  for (let r = 0; r < 5; r++) {
    const present = h.shuffle(fields).filter((_, i) => i === 0 || r === 0 || h.bool(0.75));
    const rec = {};
    const parts = [];
    for (const f of present) {
      const v = draw(f.type);
      rec[f.name] = v;
      parts.push(`${sp()}${f.name}${sp()}${kv}${sp()}${render(f.type, v)}${sp()}`);
    }
    for (const f of fields) if (!(f.name in rec)) rec[f.name] = defaults[f.type];
    records.push(Object.fromEntries(fields.map((f) => [f.name, rec[f.name]])));
    lines.push(parts.join(sep));
    if (r === 1) lines.push(`   ${comment} ${h.pick(h.words.verbs)} below`);
    if (r === 3) lines.push('   ');
  }
  // A record that omits everything but one field, to pin down every default.
  const only = fields[0];
  const lone = draw(only.type);
  lines.push(`${only.name}${kv}${render(only.type, lone)}`);
  records.push(Object.fromEntries(fields.map((f) => [f.name, f === only ? lone : defaults[f.type]])));
  const sample = lines.join('\n') + '\n';

  const bad = [
    `${byType.int}${kv}12x`,
    `${byType.int}${kv}1_000`,
    `${byType.int}${kv}+5`,
    `${byType.bool}${kv}maybe`,
    `${h.pick(h.words.verbs)}_${noun}${kv}1`,
    `${byType.str}${kv}a${sep}${byType.str}${kv}b`,
    `${byType.str} ${noun}`,
  ];

  const rules = h.shuffle([
    `Fields are separated by \`${sep}\`; each field is \`key${kv}value\` (the first \`${kv}\` splits key from value). Whitespace around keys and values is ignored.`,
    `Lines that are empty or only whitespace are skipped, and so are comment lines: lines whose first non-whitespace characters are \`${comment}\`.`,
    `A field that is missing from a record takes its default: ${fields.map((f) => `\`${f.name}\` → \`${JSON.stringify(defaults[f.type]).replace('false', 'False')}\``).join(', ')}.`,
    `Raise \`ValueError\` for: a field without \`${kv}\`, an unknown key, a key given twice in one record, or a value that does not fit its type.`,
  ]);
  const typeText = {
    int: 'an integer: an optional `-` followed by ASCII digits only (nothing else: no `+`, no `_`, no spaces inside)',
    bool: `a boolean: \`${yes}\` means \`True\`, \`${no}\` means \`False\`, in any letter case`,
    str: 'a string, kept as written (after trimming)',
    list: `a list of strings separated by \`${listSep}\`, each item trimmed; an empty value is the empty list`,
  };
  const instruction = `# Parse ${noun} records

Create \`${mod}.py\` with a function \`${fn}(text: str) -> list[dict]\` that parses the ${noun} export
format below and returns one dict per record, in input order. Each dict has exactly these keys:

${fields.map((f) => `- \`${f.name}\`: ${typeText[f.type]}`).join('\n')}

Format rules:

${rules.map((r) => `- ${r}`).join('\n')}

Every non-skipped line is one record. An example input:

\`\`\`
${sample.split('\n').slice(0, 4).join('\n')}
\`\`\`
`;
  const tests = `import json
import unittest

from ${mod} import ${fn}

SAMPLE = ${py(sample)}
EXPECTED = json.loads(${py(JSON.stringify(records))})
BAD = json.loads(${py(JSON.stringify(bad))})


class Test${noun[0].toUpperCase() + noun.slice(1)}Records(unittest.TestCase):
    def test_sample(self):
        self.assertEqual(${fn}(SAMPLE), EXPECTED)

    def test_empty_and_comments_only(self):
        self.assertEqual(${fn}(""), [])
        self.assertEqual(${fn}(${py(`  ${comment} nothing\n\n`)}), [])

    def test_types(self):
        rows = ${fn}(${py(`${byType.bool}${kv}${yes.toUpperCase()}${sep}${byType.int}${kv}-7${sep}${byType.list}${kv}${sep}${byType.str}${kv} x y `)})
        self.assertEqual(len(rows), 1)
        row = rows[0]
        self.assertIs(row[${py(byType.bool)}], True)
        self.assertEqual(row[${py(byType.int)}], -7)
        self.assertIsInstance(row[${py(byType.int)}], int)
        self.assertEqual(row[${py(byType.list)}], [])
        self.assertEqual(row[${py(byType.str)}], "x y")

    def test_errors(self):
        for line in BAD:
            with self.subTest(line=line):
                with self.assertRaises(ValueError):
                    ${fn}(line + "\\n")


if __name__ == "__main__":
    unittest.main()
`;
  const solution = (withDefaults) => `import re

FIELDS = ${py(JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, f.type]))))}
SEP = ${py(sep)}
KV = ${py(kv)}
COMMENT = ${py(comment)}
LIST_SEP = ${py(listSep)}
YES = ${py(yes)}
NO = ${py(no)}
_INT = re.compile(r"-?[0-9]+")


def _convert(kind, raw):
    if kind == "int":
        if not _INT.fullmatch(raw):
            raise ValueError(f"not an integer: {raw!r}")
        return int(raw)
    if kind == "bool":
        low = raw.lower()
        if low == YES:
            return True
        if low == NO:
            return False
        raise ValueError(f"not a boolean: {raw!r}")
    if kind == "list":
        return [] if raw == "" else [item.strip() for item in raw.split(LIST_SEP)]
    return raw


def _defaults():
    return {name: {"int": 0, "bool": False, "str": "", "list": []}[kind] for name, kind in _FIELDS.items()}


_FIELDS = __import__("json").loads(FIELDS)


def ${fn}(text):
    records = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == "" or stripped.startswith(COMMENT):
            continue
        record = {}
        for part in line.split(SEP):
            if KV not in part:
                raise ValueError(f"field without {KV!r}: {part!r}")
            key, raw = part.split(KV, 1)
            key, raw = key.strip(), raw.strip()
            if key not in _FIELDS:
                raise ValueError(f"unknown key {key!r}")
            if key in record:
                raise ValueError(f"duplicate key {key!r}")
            record[key] = _convert(_FIELDS[key], raw)
${withDefaults
  ? `        full = _defaults()
        full.update(record)
        records.append(full)`
  : `        records.append(record)`}
    return records
`;
  return {
    instruction,
    workspace: { [`${mod}.py`]: `def ${fn}(text):\n    raise NotImplementedError\n` },
    tests: { 'test_records.py': tests },
    solution: { [`${mod}.py`]: solution(true) },
    wrong: { [`${mod}.py`]: solution(false) },
    params: { noun, fn, mod, sep, kv, comment, listSep, yes, no, fields },
  };
}
