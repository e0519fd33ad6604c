import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from ranges import _expand, max_satisfying, satisfies  # noqa: E402


class ExpandTest(unittest.TestCase):
    def test_tilde(self):
        self.assertEqual(_expand("~", (1, 2, 3)), [(">=", (1, 2, 3)), ("<", (1, 3, 0))])
        self.assertEqual(_expand("~", (1, 2)), [(">=", (1, 2, 0)), ("<", (1, 3, 0))])
        self.assertEqual(_expand("~", (1,)), [(">=", (1, 0, 0)), ("<", (2, 0, 0))])
        self.assertEqual(_expand("~", (0, 2, 3)), [(">=", (0, 2, 3)), ("<", (0, 3, 0))])
        self.assertEqual(_expand("~", (0,)), [(">=", (0, 0, 0)), ("<", (1, 0, 0))])

    def test_caret_full_versions(self):
        self.assertEqual(_expand("^", (1, 2, 3)), [(">=", (1, 2, 3)), ("<", (2, 0, 0))])
        self.assertEqual(_expand("^", (0, 2, 3)), [(">=", (0, 2, 3)), ("<", (0, 3, 0))])
        self.assertEqual(_expand("^", (0, 0, 3)), [(">=", (0, 0, 3)), ("<", (0, 0, 4))])
        self.assertEqual(_expand("^", (0, 0, 0)), [(">=", (0, 0, 0)), ("<", (0, 0, 1))])

    def test_caret_partial_versions(self):
        self.assertEqual(_expand("^", (1, 2)), [(">=", (1, 2, 0)), ("<", (2, 0, 0))])
        self.assertEqual(_expand("^", (1,)), [(">=", (1, 0, 0)), ("<", (2, 0, 0))])
        self.assertEqual(_expand("^", (0, 2)), [(">=", (0, 2, 0)), ("<", (0, 3, 0))])
        self.assertEqual(_expand("^", (0, 0)), [(">=", (0, 0, 0)), ("<", (0, 1, 0))])
        self.assertEqual(_expand("^", (0,)), [(">=", (0, 0, 0)), ("<", (1, 0, 0))])

    def test_bad_operator(self):
        with self.assertRaises(ValueError):
            _expand(">=", (1, 0, 0))


class SatisfiesTest(unittest.TestCase):
    def test_ranges(self):
        self.assertTrue(satisfies("1.9.9", "^1.2"))
        self.assertFalse(satisfies("2.0.0", "^1.2"))
        self.assertTrue(satisfies("0.0.9", "^0.0"))
        self.assertFalse(satisfies("0.1.0", "^0.0"))
        self.assertTrue(satisfies("1.2.9", "~1.2.3"))
        self.assertFalse(satisfies("1.3.0", "~1.2.3"))
        self.assertTrue(satisfies("3.4.0", ">=1.2.0 <2.0.0 || ^3.1"))
        self.assertFalse(satisfies("2.5.0", ">=1.2.0 <2.0.0 || ^3.1"))

    def test_max_satisfying(self):
        versions = ["0.1.0", "0.1.5", "0.2.0", "1.0.0", "1.4.2", "2.0.0"]
        self.assertEqual(max_satisfying(versions, "^0.1"), "0.1.5")
        self.assertEqual(max_satisfying(versions, "^0"), "0.2.0")
        self.assertEqual(max_satisfying(versions, "~1"), "1.4.2")
        self.assertIsNone(max_satisfying(versions, "^3"))


if __name__ == "__main__":
    unittest.main()
