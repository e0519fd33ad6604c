// Complete check_digit of a weighted scheme: weights cycle starting from the RIGHTMOST digit. The
// wrong solution cycles them from the left.

const py = (s) => JSON.stringify(s);

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const mod = `${noun}_codes`;
  const fn = `${noun}_check_digit`;
  const n = h.int(2, 4);
  let weights;
  do weights = Array.from({ length: n }, () => h.int(1, 9));
  while (new Set(weights).size < 2);
  const modulus = h.pick([10, 11]);
  const check = (body, fromLeft = false) => {
    const ds = [...body].map(Number);
    let sum = 0;
    ds.forEach((d, i) => {
      const pos = fromLeft ? i : ds.length - 1 - i;
      sum += d * weights[pos % n];
    });
    const v = (modulus - (sum % modulus)) % modulus;
    return v === 10 ? 'X' : String(v);
  };
  const bodies = [];
  while (bodies.length < 14) {
    const len = h.int(3, 12);
    const b = Array.from({ length: len }, () => h.int(0, 9)).join('');
    // Keep mostly bodies on which the direction of the weights matters.
    if (check(b) !== check(b, true) || h.bool(0.2)) bodies.push(b);
  }
  const cases = bodies.map((b) => [b, check(b)]);
  if (modulus === 11) {
    for (let i = 0; i < 500 && !cases.some(([, c]) => c === 'X'); i++) {
      const b = String(h.int(100000, 999999));
      if (check(b) === 'X') cases.push([b, 'X']);
    }
  }
  const head = `"""Check digits for ${noun} codes: a code is its digits followed by one check character."""

WEIGHTS = ${py(weights)}
MODULUS = ${modulus}


def ${fn}(body):
    """The check character of \`body\`, a non-empty string of ASCII digits.

    Multiply each digit by a weight: the rightmost digit by WEIGHTS[0], the next one to its left
    by WEIGHTS[1], and so on, starting again at WEIGHTS[0] after the last weight. With S the sum
    of the products, the check value is (MODULUS - S % MODULUS) % MODULUS, written as a single
    digit${modulus === 11 ? ', or "X" for the value 10' : ''}. Raises ValueError when \`body\` is empty or has a non-digit.
    """
`;
  const tail = `


def append_check(body):
    """\`body\` followed by its check character."""
    return body + ${fn}(body)


def is_valid(code):
    """True when \`code\` is digits followed by their correct check character."""
    if len(code) < 2:
        return False
    try:
        return ${fn}(code[:-1]) == code[-1]
    except ValueError:
        return False
`;
  const body = (fromLeft) => `    if not body or any(ch not in "0123456789" for ch in body):
        raise ValueError(f"not a digit string: {body!r}")
    total = 0
    for i, ch in enumerate(${fromLeft ? 'body' : 'reversed(body)'}):
        total += int(ch) * WEIGHTS[i % len(WEIGHTS)]
    value = (MODULUS - total % MODULUS) % MODULUS
    return "X" if value == 10 else str(value)`;
  const tests = `import unittest

from ${mod} import ${fn}, append_check, is_valid

CASES = ${py(cases)}


class TestCheckDigit(unittest.TestCase):
    def test_check_digits(self):
        for body, digit in CASES:
            with self.subTest(body=body):
                self.assertEqual(${fn}(body), digit)

    def test_codes(self):
        for body, digit in CASES:
            self.assertTrue(is_valid(body + digit))
            self.assertEqual(append_check(body), body + digit)
        body, digit = CASES[0]
        wrong = "0" if digit != "0" else "1"
        self.assertFalse(is_valid(body + wrong))

    def test_rejects_non_digits(self):
        for body in ["", "12a4", " 123", "１２"]:
            with self.subTest(body=body):
                with self.assertRaises(ValueError):
                    ${fn}(body)


if __name__ == "__main__":
    unittest.main()
`;
  return {
    instruction: `# Finish the ${noun} check digits

\`${mod}.py\` validates ${noun} codes, but \`${fn}\` has no body yet. Implement it as its docstring
specifies; keep the rest of the file as it is.
`,
    workspace: { [`${mod}.py`]: `${head}    # TODO: implement as documented above\n    raise NotImplementedError${tail}` },
    tests: { 'test_check.py': tests },
    solution: { [`${mod}.py`]: head + body(false) + tail },
    wrong: { [`${mod}.py`]: head + body(true) + tail },
    params: { noun, fn, weights, modulus },
  };
}
