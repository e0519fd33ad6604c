import unittest

from billing import line_tax, invoice_totals


class TaxTests(unittest.TestCase):
    def test_whole_results(self):
        self.assertEqual(line_tax(1000, 20), 200)
        self.assertEqual(line_tax(0, 20), 0)

    def test_rounds_to_nearest(self):
        self.assertEqual(line_tax(1001, 10), 100)   # 100.1
        self.assertEqual(line_tax(1009, 10), 101)   # 100.9

    def test_decimal_rates(self):
        self.assertEqual(line_tax(1000, "7.7"), 77)
        self.assertEqual(line_tax(1234, "2.5"), 31)  # 30.85

    def test_invoice_totals(self):
        lines = [(1000, 20), (1001, 10)]
        self.assertEqual(invoice_totals(lines), {"net": 2001, "tax": 300, "gross": 2301})
