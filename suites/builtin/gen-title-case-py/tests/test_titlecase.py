import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from titlecase import title_case  # noqa: E402


class TitleCaseTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(
            title_case("the lord of the rings: the return of the king"),
            "The Lord of the Rings: The Return of the King",
        )

    def test_small_words(self):
        self.assertEqual(title_case("a tale of two cities"), "A Tale of Two Cities")
        self.assertEqual(title_case("What Are You Looking At"), "What Are You Looking At")
        self.assertEqual(title_case("Gone With The Wind"), "Gone With the Wind")
        self.assertEqual(title_case("war AND peace"), "War and Peace")

    def test_other_characters_unchanged(self):
        self.assertEqual(title_case("my iPhone and NASA"), "My IPhone and NASA")
        self.assertEqual(title_case("(hello) world"), "(Hello) World")
        self.assertEqual(title_case("'quoted' 42nd street"), "'Quoted' 42Nd Street")

    def test_hyphenated(self):
        self.assertEqual(title_case("self-driving cars in the city"), "Self-Driving Cars in the City")
        self.assertEqual(title_case("state-of-the-art design"), "State-Of-The-Art Design")

    def test_spaces_kept(self):
        self.assertEqual(title_case("  hello   world "), "  Hello   World ")
        self.assertEqual(title_case(""), "")
        self.assertEqual(title_case("   "), "   ")

    def test_subtitle_after_colon(self):
        self.assertEqual(title_case("python: a guide"), "Python: A Guide")
        self.assertEqual(title_case("notes: of mice and men"), "Notes: Of Mice and Men")

    def test_single_words(self):
        self.assertEqual(title_case("the"), "The")
        self.assertEqual(title_case("x"), "X")


if __name__ == "__main__":
    unittest.main()
