import unittest

from wordfreq import top_words
from wordfreq.tokenize import words


class ContractionTests(unittest.TestCase):
    def test_issue_apostrophe_inside_word(self):
        self.assertEqual(words("Don't stop, o'clock rock'n'roll"), ["don't", "stop", "o'clock", "rock'n'roll"])

    def test_issue_typographic_apostrophe(self):
        self.assertEqual(top_words("Don't panic. It\u2019s fine, don't worry", 3), [("don't", 2), ("fine", 1), ("it's", 1)])

    def test_quotes_around_words_are_separators(self):
        self.assertEqual(words("'hello' said 'the' owner'"), ["hello", "said", "the", "owner"])
        self.assertEqual(words("rock '' roll"), ["rock", "roll"])
