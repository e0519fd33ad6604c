// Integers in base B written with a generated alphabet; a sign character for negatives; decoding
// accepts only the canonical form. The wrong solution accepts leading zero digits.

const py = (s) => JSON.stringify(s);

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const mod = `${noun}_numerals`;
  const enc = `to_${noun}`;
  const dec = `from_${noun}`;
  const base = h.int(5, 12);
  const alphabet = h.sample([...'abcdefghjkmnpqrstuvwxyz'], base).join('');
  const sign = h.pick(['!', '~', '^', '*']);
  const B = BigInt(base);
  const encode = (n) => {
    if (n === 0n) return alphabet[0];
    if (n < 0n) return sign + encode(-n);
    let s = '';
    for (; n > 0n; n /= B) s = alphabet[Number(n % B)] + s;
    return s;
  };
  const nums = [0n, 1n, BigInt(base - 1), B, B + 1n, B * B - 1n, -1n, -B, BigInt(h.int(100, 9999)), -BigInt(h.int(100, 9999)), BigInt(h.int(1, 1e9)) * BigInt(h.int(1, 1e9)) * 1000003n + 7n, -(2n ** 70n) - BigInt(h.int(0, 99))];
  const pairs = nums.map((n) => [n.toString(), encode(n)]);
  const z = alphabet[0];
  const one = alphabet[1];
  const badChar = h.pick([...'ioluvw0123'.split('').filter((c) => !alphabet.includes(c))]);
  const bad = ['', sign, `${z}${one}`, `${z}${z}`, `${sign}${z}`, `${sign}${z}${one}`, `${one}${badChar}`, `${sign}${sign}${one}`, `${one}${sign}`, ` ${one}`, one.toUpperCase()];
  const rules = h.shuffle([
    `Zero is written \`${z}\`. A negative number is \`${sign}\` followed by the digits of its absolute value.`,
    `The form is canonical: no leading \`${z}\` digits (except zero itself) and no \`${sign}${z}\`. \`${dec}\` raises \`ValueError\` for any other string, including the empty string, unknown characters (letter case matters), spaces, or a misplaced \`${sign}\`.`,
    `\`${enc}\` raises \`TypeError\` when given anything but an \`int\` (a \`bool\` is not accepted either).`,
  ]);
  const instruction = `# ${noun[0].toUpperCase() + noun.slice(1)} numerals

${noun[0].toUpperCase() + noun.slice(1)} numerals write integers in base ${base}. The digits, from value 0 to ${base - 1}, are the
characters of \`${alphabet}\`, in this order: \`${alphabet[0]}\` is 0, \`${alphabet[1]}\` is 1, … \`${alphabet[base - 1]}\` is ${base - 1}. As in
decimal, the most significant digit comes first.

Create \`${mod}.py\` with \`${enc}(n: int) -> str\` and \`${dec}(text: str) -> int\`, exact for integers of
any size, with \`${dec}(${enc}(n)) == n\`.

${rules.map((r) => `- ${r}`).join('\n')}

For example, \`${enc}(${base + 1})\` is \`${encode(B + 1n)}\`.
`;
  const tests = `import json
import unittest

from ${mod} import ${enc}, ${dec}

PAIRS = [(int(n), s) for n, s in json.loads(${py(JSON.stringify(pairs))})]
BAD = json.loads(${py(JSON.stringify(bad))})


class TestNumerals(unittest.TestCase):
    def test_encode(self):
        for n, s in PAIRS:
            with self.subTest(n=n):
                self.assertEqual(${enc}(n), s)

    def test_decode(self):
        for n, s in PAIRS:
            with self.subTest(s=s):
                self.assertEqual(${dec}(s), n)

    def test_round_trip(self):
        for n in range(-300, 301):
            self.assertEqual(${dec}(${enc}(n)), n)

    def test_rejects_non_canonical(self):
        for s in BAD:
            with self.subTest(s=s):
                with self.assertRaises(ValueError):
                    ${dec}(s)

    def test_type_errors(self):
        for value in [True, 1.0, "1", None]:
            with self.subTest(value=value):
                with self.assertRaises(TypeError):
                    ${enc}(value)


if __name__ == "__main__":
    unittest.main()
`;
  const impl = (canonical) => `ALPHABET = ${py(alphabet)}
SIGN = ${py(sign)}
BASE = len(ALPHABET)


def ${enc}(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n == 0:
        return ALPHABET[0]
    if n < 0:
        return SIGN + ${enc}(-n)
    digits = []
    while n > 0:
        n, r = divmod(n, BASE)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def ${dec}(text):
    negative = text.startswith(SIGN)
    body = text[1:] if negative else text
    if body == "":
        raise ValueError("no digits")
${canonical ? `    if len(body) > 1 and body[0] == ALPHABET[0]:
        raise ValueError("leading zero digit")
    if negative and body == ALPHABET[0]:
        raise ValueError("negative zero")` : `    if negative and body == ALPHABET[0]:
        raise ValueError("negative zero")`}
    value = 0
    for ch in body:
        index = ALPHABET.find(ch)
        if index < 0:
            raise ValueError(f"not a digit: {ch!r}")
        value = value * BASE + index
    return -value if negative else value
`;
  return {
    instruction,
    workspace: { [`${mod}.py`]: `def ${enc}(n):\n    raise NotImplementedError\n\n\ndef ${dec}(text):\n    raise NotImplementedError\n` },
    tests: { 'test_numerals.py': tests },
    solution: { [`${mod}.py`]: impl(true) },
    wrong: { [`${mod}.py`]: impl(false) },
    params: { noun, mod, base, alphabet, sign },
  };
}
