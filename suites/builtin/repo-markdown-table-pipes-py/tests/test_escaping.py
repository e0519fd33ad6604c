import unittest

from mdtable import render
from mdtable.cells import format_cell


class EscapingTests(unittest.TestCase):
    def test_issue_pipe_is_escaped(self):
        self.assertEqual(render(["usage"], [["cmd | grep x"]]),
                         "| usage         |\n| ------------- |\n| cmd \\| grep x |")

    def test_issue_pipes_in_headers_and_numbers(self):
        self.assertEqual(format_cell("a|b|c"), "a\\|b\\|c")
        self.assertTrue(render(["x|y"], [[1]]).startswith("| x\\|y |"))

    def test_other_characters_unchanged(self):
        for text in ["C:\\temp", "a_b", "1.5", "-x", "#tag", "[link](u)"]:
            self.assertEqual(format_cell(text), text)

    def test_line_breaks(self):
        self.assertEqual(format_cell("a\nb"), "a b")
