import io
import unittest

from wordfreq import top_words
from wordfreq.cli import main


class TopWordsTests(unittest.TestCase):
    def test_counts_case_insensitively(self):
        self.assertEqual(top_words("The cat and the hat. THE end", 2), [("the", 3), ("and", 1)])

    def test_ties_sorted_alphabetically(self):
        self.assertEqual(top_words("b a c b a", 3), [("a", 2), ("b", 2), ("c", 1)])

    def test_punctuation_and_quotes_are_not_part_of_words(self):
        self.assertEqual(top_words("'quoted' (words), end. end!", 5), [("end", 2), ("quoted", 1), ("words", 1)])

    def test_cli_prints_counts(self):
        out = io.StringIO()
        main(["-n", "1"], stdin=io.StringIO("x y x"), stdout=out)
        self.assertEqual(out.getvalue(), "2 x\n")
