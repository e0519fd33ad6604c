import unittest

from calc import evaluate, CalcError


class CalcTests(unittest.TestCase):
    def test_arithmetic_and_precedence(self):
        self.assertEqual(evaluate("1 + 2 * 3"), 7)
        self.assertEqual(evaluate("(1 + 2) * 3"), 9)
        self.assertEqual(evaluate("10 - 4 - 3"), 3)
        self.assertEqual(evaluate("7 % 4 * 2"), 6)
        self.assertEqual(evaluate("1 / 4"), 0.25)

    def test_unary_minus(self):
        self.assertEqual(evaluate("-3 + 5"), 2)
        self.assertEqual(evaluate("2 * -3"), -6)
        self.assertEqual(evaluate("--4"), 4)

    def test_powers(self):
        self.assertEqual(evaluate("2 ** 10"), 1024)
        self.assertEqual(evaluate("2 * 3 ** 2"), 18)

    def test_errors(self):
        for bad in ["", "1 +", "(1", "1 2", "2 $ 3"]:
            with self.assertRaises(CalcError, msg=bad):
                evaluate(bad)
        with self.assertRaises(CalcError):
            evaluate("1 / 0")
