// A password policy with six rules whose limits, codes and order come from the seed. The function
// returns the codes of the violated rules in the order they are listed. The wrong solution treats a
// run of exactly the allowed length as a violation (>= instead of >).

const py = (s) => JSON.stringify(s);

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = `check_${noun}_password`;
  const mod = `${noun}_policy`;
  const P = noun.toUpperCase();
  const minLen = h.int(8, 13);
  const maxLen = minLen + h.int(8, 16);
  const digits = h.int(1, 3);
  const symbols = h.sample([...'!@#$%&*?+=:'], 4).join('');
  const run = h.int(2, 3);
  const banned = h.sample(h.words.nouns.filter((w) => w !== noun && w.length <= 6), 2);
  const rules = h.shuffle([
    { id: 'length', code: `${P}_LENGTH`, text: `it is between ${minLen} and ${maxLen} characters long (inclusive)` },
    { id: 'digits', code: `${P}_DIGITS`, text: `it contains at least ${digits} ASCII digit${digits > 1 ? 's' : ''} (0-9)` },
    { id: 'upper', code: `${P}_UPPER`, text: 'it contains at least one ASCII uppercase letter (A-Z)' },
    { id: 'symbol', code: `${P}_SYMBOL`, text: `it contains at least one of the symbols \`${symbols}\`` },
    { id: 'repeat', code: `${P}_REPEAT`, text: `no character appears more than ${run} times in a row` },
    { id: 'banned', code: `${P}_BANNED`, text: `it does not contain ${banned.map((b) => `\`${b}\``).join(' or ')}, in any letter case` },
  ]);
  const check = (pw) => {
    let longest = 0;
    for (let i = 0, k = 0; i < pw.length; i++) {
      k = i > 0 && pw[i] === pw[i - 1] ? k + 1 : 1;
      longest = Math.max(longest, k);
    }
    const ok = {
      length: pw.length >= minLen && pw.length <= maxLen,
      digits: [...pw].filter((c) => c >= '0' && c <= '9').length >= digits,
      upper: /[A-Z]/.test(pw),
      symbol: [...pw].some((c) => symbols.includes(c)),
      repeat: longest <= run,
      banned: !banned.some((b) => pw.toLowerCase().includes(b)),
    };
    return rules.filter((r) => !ok[r.id]).map((r) => r.code);
  };
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const filler = (n) => {
    let s = '';
    while (s.length < n) {
      const c = h.pick([...letters]);
      if (c !== s.at(-1)) s += c;
    }
    return s;
  };
  const upper = h.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']);
  const digitStr = (n) => Array.from({ length: n }, (_, i) => String((h.int(0, 4) * 2 + i) % 10)).join('');
  const sym = h.pick([...symbols]);
  const make = (len, { d = digits, up = true, sy = true, extra = '' } = {}) => {
    const core = (up ? upper : '') + digitStr(d) + (sy ? sym : '') + extra;
    return core + filler(Math.max(0, len - core.length));
  };
  const cases = [
    make(minLen + 2),
    make(minLen),
    make(minLen - 1),
    make(maxLen),
    make(maxLen + 1),
    make(minLen + 3, { d: digits - 1 }),
    make(minLen + 1, { up: false }),
    make(minLen + 4, { sy: false, extra: '._' }),
    make(minLen + 3, { extra: '-' + 'k'.repeat(run) + '-' }),
    make(minLen + 3, { extra: '-' + 'q'.repeat(run + 1) + '-' }),
    make(minLen + 3, { extra: '-' + '7'.repeat(run + 2) }),
    make(minLen + 6, { extra: banned[0].toUpperCase().slice(0, 1) + banned[0].slice(1) }),
    make(minLen + 6, { extra: banned[1].toUpperCase() }),
    '',
    sym.repeat(run + 1),
  ].map((pw) => [pw, check(pw)]);
  const instruction = `# A password policy for ${noun} accounts

Create \`${mod}.py\` with a function \`${fn}(password: str) -> list[str]\` returning the codes of
every rule the password breaks, **in the order the rules are listed below** (an empty list when it
breaks none). A password satisfies a rule when:

${rules.map((r) => `- \`${r.code}\`: ${r.text}.`).join('\n')}
`;
  const tests = `import json
import unittest

from ${mod} import ${fn}

CASES = json.loads(${py(JSON.stringify(cases))})


class TestPolicy(unittest.TestCase):
    def test_cases(self):
        for password, codes in CASES:
            with self.subTest(password=password):
                self.assertEqual(${fn}(password), codes)

    def test_returns_a_list(self):
        self.assertIsInstance(${fn}(${py(cases[0][0])}), list)


if __name__ == "__main__":
    unittest.main()
`;
  const impl = (cmp) => `RULES = ${py(JSON.stringify(rules.map((r) => [r.id, r.code])))}
MIN_LEN, MAX_LEN = ${minLen}, ${maxLen}
DIGITS = ${digits}
SYMBOLS = ${py(symbols)}
RUN = ${run}
BANNED = ${py(JSON.stringify(banned))}


def _longest_run(text):
    longest = count = 0
    for i, ch in enumerate(text):
        count = count + 1 if i > 0 and ch == text[i - 1] else 1
        longest = max(longest, count)
    return longest


def ${fn}(password):
    import json

    ok = {
        "length": MIN_LEN <= len(password) <= MAX_LEN,
        "digits": sum(1 for ch in password if "0" <= ch <= "9") >= DIGITS,
        "upper": any("A" <= ch <= "Z" for ch in password),
        "symbol": any(ch in SYMBOLS for ch in password),
        "repeat": _longest_run(password) ${cmp} RUN,
        "banned": not any(word in password.lower() for word in json.loads(BANNED)),
    }
    return [code for rule, code in json.loads(RULES) if not ok[rule]]
`;
  return {
    instruction,
    workspace: { [`${mod}.py`]: `def ${fn}(password):\n    raise NotImplementedError\n` },
    tests: { 'test_policy.py': tests },
    solution: { [`${mod}.py`]: impl('<=') },
    wrong: { [`${mod}.py`]: impl('<') },
    params: { noun, fn, minLen, maxLen, digits, symbols, run, banned, order: rules.map((r) => r.id) },
  };
}
