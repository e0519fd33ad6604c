import unittest
from decimal import Decimal

from billing import line_tax, invoice_totals


class HalfUpTests(unittest.TestCase):
    def test_issue_halves_round_up(self):
        self.assertEqual(line_tax(50, 25), 13)
        self.assertEqual(line_tax(250, 1), 3)
        self.assertEqual(line_tax(1, 50), 1)

    def test_issue_credit_notes_round_away_from_zero(self):
        self.assertEqual(line_tax(-50, 25), -13)
        self.assertEqual(line_tax(-250, 1), -3)

    def test_decimal_rates_near_half(self):
        self.assertEqual(line_tax(30, "8.5"), 3)       # 2.55 -> 3
        self.assertEqual(line_tax(1050, "0.1"), 1)     # 1.05 -> 1
        self.assertEqual(line_tax(2050, Decimal("0.3")), 6)  # 6.15 -> 6

    def test_negative_non_halves(self):
        self.assertEqual(line_tax(-1001, 10), -100)
        self.assertEqual(line_tax(-1009, 10), -101)

    def test_issue_totals_use_rounded_lines(self):
        self.assertEqual(invoice_totals([(50, 25), (50, 25)])["tax"], 26)
