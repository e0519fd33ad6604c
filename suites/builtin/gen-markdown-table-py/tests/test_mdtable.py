import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from mdtable import render_table  # noqa: E402


class RenderTableTest(unittest.TestCase):
    def test_example(self):
        out = render_table([{"name": "apple", "qty": 3}, {"name": "kiwi", "qty": 12}], align={"qty": "right"})
        self.assertEqual(out, "| name  | qty |\n| ----- | --: |\n| apple |   3 |\n| kiwi  |  12 |")

    def test_columns_from_all_rows_and_missing_cells(self):
        out = render_table([{"a": 1}, {"b": 2, "a": None}])
        self.assertEqual(out, "| a   | b   |\n| --- | --- |\n| 1   |     |\n|     | 2   |")

    def test_explicit_columns_and_values(self):
        out = render_table([{"ok": True, "n": 1.5, "x": "ignored"}], columns=["ok", "n"])
        self.assertEqual(out, "| ok   | n   |\n| ---- | --- |\n| true | 1.5 |")

    def test_alignment_rules(self):
        out = render_table([{"l": "a", "c": "b", "r": "c"}], align={"l": "left", "c": "center", "r": "right"})
        self.assertEqual(out, "| l   |  c  |   r |\n| :-- | :-: | --: |\n| a   |  b  |   c |")
        out = render_table([{"title": "ab"}], align={"title": "center"})
        self.assertEqual(out, "| title |\n| :---: |\n|  ab   |")

    def test_escaping_counts_in_width(self):
        out = render_table([{"expr": "a|b", "note": "line1\nline2"}])
        self.assertEqual(out, "| expr | note           |\n| ---- | -------------- |\n| a\\|b | line1<br>line2 |")
        out = render_table([{"p": "|||"}, {"p": "x"}])
        self.assertEqual(out, "| p      |\n| ------ |\n| \\|\\|\\| |\n| x      |")

    def test_empty(self):
        self.assertEqual(render_table([]), "")
        self.assertEqual(render_table([], columns=["a", "bcde"]), "| a   | bcde |\n| --- | ---- |")

    def test_invalid_alignment(self):
        with self.assertRaises(ValueError):
            render_table([{"a": 1}], align={"a": "middle"})
        with self.assertRaises(ValueError):
            render_table([{"a": 1}], align={"zzz": "left"})


if __name__ == "__main__":
    unittest.main()
