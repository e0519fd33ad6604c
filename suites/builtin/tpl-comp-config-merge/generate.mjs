// Complete a deep merge of settings layers. The wrong solution shares nested objects of `base` with
// the result (a shallow copy), so mutating the result changes the input.

const py = (s) => JSON.stringify(s);

function clone(v) {
  return JSON.parse(JSON.stringify(v));
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const mod = `${noun}_settings`;
  const fn = `merge_${noun}_settings`;
  const sentinel = h.pick(['<unset>', '__delete__', '~remove~', '(none)']);
  const policy = h.pick(['append', 'replace']);
  const keys = h.distinct(10, () => h.caseWords([h.pick(h.words.adjectives), h.pick(h.words.nouns)], 'snake'));
  const replaceKeys = keys.slice(0, 2);
  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const merge = (base, over) => {
    const out = clone(base);
    for (const [k, v] of Object.entries(over)) {
      if (v === sentinel) delete out[k];
      else if (replaceKeys.includes(k)) out[k] = clone(v);
      else if (isObj(out[k]) && isObj(v)) out[k] = merge(out[k], v);
      else if (policy === 'append' && Array.isArray(out[k]) && Array.isArray(v)) out[k] = [...clone(out[k]), ...clone(v)];
      else out[k] = clone(v);
    }
    return out;
  };
  const leaf = () => h.pick([h.int(0, 999), h.pick(h.words.nouns), h.bool(), null, [h.int(1, 9), h.pick(h.words.nouns)]]);
  const tree = (depth, ks) => Object.fromEntries(h.sample(ks, h.int(3, 5)).map((k) => [k, depth > 0 && h.bool(0.45) ? tree(depth - 1, ks) : leaf()]));
  // Hand-shaped layers so that every rule is exercised, plus random ones.
  const [r0, r1] = replaceKeys;
  const [k2, k3, k4, k5, k6, k7] = keys.slice(2);
  const base = { [r0]: { [k2]: 1, [k3]: [1, 2] }, [k4]: { [k5]: { [k6]: 'x', [k7]: [3] }, [k2]: true }, [k3]: [h.int(1, 9)], [r1]: 7, [k7]: 'keep' };
  const over = { [r0]: { [k3]: [9] }, [k4]: { [k5]: { [k7]: [4, 5], [k6]: sentinel }, [k3]: sentinel }, [k3]: [h.int(10, 19)], [r1]: { [k2]: 0 }, [k5]: sentinel, [k6]: { [k4]: { [r1]: { a: 1 } } } };
  const nestedOver = { [k6]: { [k4]: { [r1]: { b: 2 } } } };
  const cases = [
    [base, over],
    [merge(base, over), nestedOver],
    [{}, base],
    [base, {}],
    [tree(2, keys), tree(2, keys)],
    [tree(2, keys), tree(2, keys)],
  ].map(([a, b]) => [a, b, merge(a, b)]);
  // A precedence list: its order is part of the spec, so it is not shuffled.
  const rules = [
    `a value equal to \`DELETE\` removes the key from the result (whether or not it was there);`,
    `a key listed in \`REPLACE_KEYS\` (at any depth) takes the override's value as a whole, never merged;`,
    `when both values are dicts, they are merged by these same rules;`,
    policy === 'append'
      ? 'when both values are lists, the result is the base list followed by the override list;'
      : 'when both values are lists, the override list replaces the base list;',
    `in every other case the override's value wins.`,
  ];
  const head = `"""Layered settings of the ${noun} service: defaults, then site, then user overrides."""

import copy

#: An override value that deletes the key.
DELETE = ${py(sentinel)}
#: Keys whose value is replaced as a whole, never merged.
REPLACE_KEYS = frozenset({${replaceKeys.map(py).join(', ')}})


def ${fn}(base, override):
    """Returns a new dict: \`base\` with \`override\` applied. Keys only in \`base\` are kept; for
    each key of \`override\`, the first of these rules that applies decides:

${rules.map((r, i) => `    ${i + 1}. ${r}`).join('\n')}

    Neither input is modified, and the result shares no mutable object (dict or list) with them.
    """
`;
  const tail = `


def merge_layers(*layers):
    """Merges layers left to right (later layers win)."""
    result = {}
    for layer in layers:
        result = ${fn}(result, layer)
    return result


def get_path(settings, dotted, default=None):
    """settings["a"]["b"] for dotted == "a.b", or \`default\` when a key is missing."""
    node = settings
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return node
`;
  const body = (deep) => `    result = ${deep ? 'copy.deepcopy(base)' : 'dict(base)'}
    for key, value in override.items():
        if isinstance(value, str) and value == DELETE:
            result.pop(key, None)
        elif key in REPLACE_KEYS:
            result[key] = copy.deepcopy(value)
        elif isinstance(result.get(key), dict) and isinstance(value, dict):
            result[key] = ${fn}(result[key], value)
${policy === 'append' ? `        elif isinstance(result.get(key), list) and isinstance(value, list):
            result[key] = ${deep ? 'result[key]' : 'list(result[key])'} + copy.deepcopy(value)
` : ''}        else:
            result[key] = copy.deepcopy(value)
    return result`;
  const tests = `import copy
import json
import unittest

from ${mod} import ${fn}, merge_layers

CASES = json.loads(${py(JSON.stringify(cases))})


class TestMerge(unittest.TestCase):
    def test_cases(self):
        for i, (base, override, expected) in enumerate(CASES):
            with self.subTest(case=i):
                self.assertEqual(${fn}(base, override), expected)

    def test_inputs_untouched_and_unshared(self):
        for i, (base, override, _) in enumerate(CASES):
            with self.subTest(case=i):
                b, o = copy.deepcopy(base), copy.deepcopy(override)
                result = ${fn}(b, o)
                self.assertEqual((b, o), (base, override))

                def scribble(node):
                    if isinstance(node, dict):
                        for value in list(node.values()):
                            scribble(value)
                        node["__scribbled__"] = 1
                    elif isinstance(node, list):
                        for value in list(node):
                            scribble(value)
                        node.append("__scribbled__")

                scribble(result)
                self.assertEqual((b, o), (base, override))

    def test_layers(self):
        base, override, expected = CASES[0]
        self.assertEqual(merge_layers(base, override), expected)
        self.assertEqual(merge_layers(), {})


if __name__ == "__main__":
    unittest.main()
`;
  return {
    instruction: `# Finish the ${noun} settings merge

\`${mod}.py\` merges layers of settings, but \`${fn}\` has no body yet. Implement it as its docstring
specifies; keep the rest of the file as it is.
`,
    workspace: { [`${mod}.py`]: `${head}    # TODO: implement as documented above\n    raise NotImplementedError${tail}` },
    tests: { 'test_merge.py': tests },
    solution: { [`${mod}.py`]: head + body(true) + tail },
    wrong: { [`${mod}.py`]: head + body(false) + tail },
    params: { noun, fn, sentinel, policy, replaceKeys },
  };
}
