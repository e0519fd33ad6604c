import unittest

from mdtable import render


class RenderTests(unittest.TestCase):
    def test_basic_table(self):
        self.assertEqual(render(["name", "qty"], [["apple", 3], ["kiwi", 12]]),
                         "| name  | qty |\n| ----- | --- |\n| apple | 3   |\n| kiwi  | 12  |")

    def test_none_is_empty(self):
        self.assertEqual(render(["a"], [[None]]), "| a   |\n| --- |\n|     |")

    def test_text_is_verbatim(self):
        out = render(["id"], [["snake_case_id"], ["*bold*"]])
        self.assertIn("| snake_case_id |", out)
        self.assertIn("| *bold*        |", out)
