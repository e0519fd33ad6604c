import unittest

from calc import evaluate


class PowerTests(unittest.TestCase):
    def check(self, expr):
        self.assertEqual(evaluate(expr), eval(expr), expr)

    def test_issue_right_associative(self):
        self.check("2 ** 3 ** 2")
        self.check("2 ** 2 ** 2 ** 2")

    def test_issue_unary_minus_below_power(self):
        self.check("-2 ** 2")
        self.check("-2 ** 2 * 3")
        self.check("1 - -2 ** 2")
        self.check("(-2) ** 2")

    def test_issue_unary_in_exponent(self):
        self.check("2 ** -1")
        self.check("2 ** -1 ** 2")
        self.check("-2 ** -2")

    def test_unary_with_other_operators(self):
        for expr in ["-3 * 4", "2 * -3 + 1", "-(1 + 2) * 3", "- 5 % 3", "-6 / -4", "+2 - -2"]:
            self.check(expr)
