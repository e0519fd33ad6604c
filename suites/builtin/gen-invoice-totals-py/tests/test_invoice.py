import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from invoice import invoice_totals  # noqa: E402

RATES = {"std": "0.19", "red": "0.07", "zero": "0"}


class InvoiceTest(unittest.TestCase):
    def test_simple(self):
        out = invoice_totals([{"qty": 2, "unit_price": "10.00", "tax": "std"}], RATES)
        self.assertEqual(out, {"subtotal": "20.00", "discount": "0.00", "tax": {"std": "3.80"}, "total": "23.80"})

    def test_tax_rounded_once_per_category(self):
        # per line 0.007 would round to 0.01 three times; per category 0.021 → 0.02
        lines = [{"qty": 1, "unit_price": "0.10", "tax": "red"} for _ in range(3)]
        out = invoice_totals(lines, RATES)
        self.assertEqual(out["tax"], {"red": "0.02"})
        self.assertEqual(out["total"], "0.32")

    def test_discount_rounded_per_line_half_up(self):
        lines = [{"qty": 1, "unit_price": "0.25", "tax": "zero"}, {"qty": 1, "unit_price": "0.25", "tax": "zero"}]
        out = invoice_totals(lines, RATES, discount_percent="10")
        self.assertEqual(out["discount"], "0.06")
        self.assertEqual(out["total"], "0.44")

    def test_categories_sorted_and_only_used(self):
        lines = [
            {"qty": 3, "unit_price": "19.99", "tax": "std"},
            {"qty": 1, "unit_price": "4.5", "tax": "red"},
            {"qty": 2, "unit_price": "1.15", "tax": "std"},
        ]
        out = invoice_totals(lines, RATES, discount_percent="12.5")
        self.assertEqual(list(out["tax"]), ["red", "std"])
        self.assertEqual(out, {
            "subtotal": "66.77",
            "discount": "8.35",
            "tax": {"red": "0.28", "std": "10.35"},
            "total": "69.05",
        })

    def test_full_discount_and_empty(self):
        out = invoice_totals([{"qty": 1, "unit_price": "9.99", "tax": "std"}], RATES, discount_percent="100")
        self.assertEqual(out, {"subtotal": "9.99", "discount": "9.99", "tax": {"std": "0.00"}, "total": "0.00"})
        self.assertEqual(invoice_totals([], RATES), {"subtotal": "0.00", "discount": "0.00", "tax": {}, "total": "0.00"})

    def test_validation(self):
        good = {"qty": 1, "unit_price": "1.00", "tax": "std"}
        bad_lines = [
            {**good, "qty": 0}, {**good, "qty": 1.0}, {**good, "qty": True},
            {**good, "unit_price": "1.001"}, {**good, "unit_price": "-1"}, {**good, "unit_price": 1.0},
            {**good, "unit_price": "abc"}, {**good, "unit_price": "NaN"}, {**good, "tax": "lux"},
        ]
        for line in bad_lines:
            with self.assertRaises(ValueError, msg=repr(line)):
                invoice_totals([line], RATES)
        for pct in ["-1", "100.01", "x"]:
            with self.assertRaises(ValueError, msg=pct):
                invoice_totals([good], RATES, discount_percent=pct)


if __name__ == "__main__":
    unittest.main()
