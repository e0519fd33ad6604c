import os
import sys
import unittest
from decimal import Decimal

sys.path.insert(0, os.getcwd())
from sales_report import CategorySummary, Sale, format_report, read_rows, summarize  # noqa: E402

CSV = """category,amount
books,12.50
games,59.99
books,7.25
music,9.99
games,20.00
"""


class SummarizeTest(unittest.TestCase):
    def test_groups_and_sorts(self):
        out = summarize(read_rows(CSV))
        self.assertEqual([s.category for s in out], ["games", "books", "music"])
        self.assertEqual(out[0], CategorySummary("games", 2, Decimal("79.99"), Decimal("40.00")))
        self.assertEqual(out[1].average, Decimal("9.88"))

    def test_half_up_average(self):
        sales = [Sale("x", Decimal("0.125")), Sale("x", Decimal("0.125"))]
        self.assertEqual(summarize(sales)[0].average, Decimal("0.13"))
        sales = [Sale("y", Decimal("1")), Sale("y", Decimal("0")), Sale("y", Decimal("0"))]
        self.assertEqual(summarize(sales)[0].average, Decimal("0.33"))

    def test_ties_by_name(self):
        sales = [Sale("b", Decimal("5")), Sale("a", Decimal("2")), Sale("a", Decimal("3")), Sale("c", Decimal("1"))]
        self.assertEqual([s.category for s in summarize(sales)], ["a", "b", "c"])

    def test_empty(self):
        self.assertEqual(summarize([]), [])
        self.assertEqual(summarize(read_rows("category,amount\n")), [])

    def test_report(self):
        text = format_report(summarize(read_rows("category,amount\nx,1.005\nx,2\n")))
        self.assertEqual(text, "x: 2 sales, total 3.005, avg 1.50")


if __name__ == "__main__":
    unittest.main()
