import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from query import parse_query  # noqa: E402


class ParseQueryTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(
            parse_query("?tag=a&tag=b+c&q=caf%C3%A9&flag&=skip"),
            {"tag": ["a", "b c"], "q": ["café"], "flag": [""]},
        )

    def test_empty(self):
        self.assertEqual(parse_query(""), {})
        self.assertEqual(parse_query("?"), {})
        self.assertEqual(parse_query("&&"), {})

    def test_order_and_repeats(self):
        result = parse_query("b=1&a=2&b=3&c=&b")
        self.assertEqual(list(result), ["b", "a", "c"])
        self.assertEqual(result["b"], ["1", "3", ""])
        self.assertEqual(result["c"], [""])

    def test_first_equals_splits(self):
        self.assertEqual(parse_query("expr=a=b&x==")["expr"], ["a=b"])
        self.assertEqual(parse_query("x==")["x"], ["="])

    def test_plus_and_percent(self):
        self.assertEqual(parse_query("a=1%2B1")["a"], ["1+1"])
        self.assertEqual(parse_query("a=1+%2B+1")["a"], ["1 + 1"])
        self.assertEqual(parse_query("sp%61ce+name=%e2%82%ac"), {"space name": ["€"]})
        self.assertEqual(parse_query("semi=a;b")["semi"], ["a;b"])

    def test_only_leading_question_mark_removed(self):
        self.assertEqual(parse_query("??a=1"), {"?a": ["1"]})

    def test_malformed(self):
        for bad in ["a=%", "a=%4", "a=%zz", "%=1", "a=%FF", "a=%C3"]:
            with self.assertRaises(ValueError, msg=bad):
                parse_query(bad)


if __name__ == "__main__":
    unittest.main()
