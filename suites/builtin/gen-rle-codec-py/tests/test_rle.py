import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from rle import decode, encode  # noqa: E402


class EncodeTest(unittest.TestCase):
    def test_runs(self):
        self.assertEqual(encode("aaab"), "a3b1")
        self.assertEqual(encode("abc"), "a1b1c1")
        self.assertEqual(encode("a" * 12), "a12")
        self.assertEqual(encode(""), "")

    def test_unicode_and_whitespace(self):
        self.assertEqual(encode("éé 😀"), "é2 1😀1")
        self.assertEqual(encode("\n\n\t"), "\n2\t1")

    def test_digits_rejected(self):
        for bad in ["1", "ab3", "x" * 5 + "0"]:
            with self.assertRaises(ValueError, msg=bad):
                encode(bad)


class DecodeTest(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(decode("a3b1"), "aaab")
        self.assertEqual(decode("a12"), "a" * 12)
        self.assertEqual(decode(""), "")
        self.assertEqual(decode(" 2\n1"), "  \n")

    def test_long_runs(self):
        self.assertEqual(decode("x10y1"), "x" * 10 + "y")
        self.assertEqual(decode("z100"), "z" * 100)

    def test_malformed(self):
        for bad in ["a", "a0", "a03", "a3b", "ab2", "3a", "a1-"]:
            with self.assertRaises(ValueError, msg=bad):
                decode(bad)

    def test_round_trip(self):
        for s in ["", "x", "aab", "z" * 25 + "y" * 10 + "z", "🙂🙂🙂", "  \n"]:
            self.assertEqual(decode(encode(s)), s)


if __name__ == "__main__":
    unittest.main()
