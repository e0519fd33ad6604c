import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from trie import Trie  # noqa: E402


class DeleteTest(unittest.TestCase):
    def test_delete_returns_value(self):
        t = Trie()
        t["tea"] = 1
        t["team"] = 2
        self.assertEqual(t.delete("team"), 2)
        self.assertNotIn("team", t)
        self.assertEqual(t["tea"], 1)
        self.assertEqual(len(t), 1)

    def test_pruning_counts(self):
        t = Trie()
        t["team"] = 1
        t["tea"] = 2
        self.assertEqual(t.node_count(), 5)
        t.delete("team")
        self.assertEqual(t.node_count(), 4)
        t.delete("tea")
        self.assertEqual(t.node_count(), 1)
        self.assertEqual(len(t), 0)

    def test_prunes_long_chains(self):
        t = Trie()
        t["a"] = 1
        t["abcdef"] = 2
        t.delete("abcdef")
        self.assertEqual(t.node_count(), 2)
        self.assertEqual(t.items(), [("a", 1)])

    def test_keeps_shared_branches(self):
        t = Trie()
        for k in ["car", "cart", "care", "cat"]:
            t[k] = k
        t.delete("cart")
        t.delete("car")
        self.assertEqual(t.items("ca"), [("care", "care"), ("cat", "cat")])
        self.assertEqual(t.node_count(), 6)  # root, c, a, r, e, t

    def test_missing_keys(self):
        t = Trie()
        t["hello"] = 1
        for missing in ["hell", "help", "hello!", ""]:
            with self.assertRaises(KeyError, msg=missing):
                t.delete(missing)
        self.assertEqual(len(t), 1)
        self.assertEqual(t.node_count(), 6)

    def test_empty_key(self):
        t = Trie()
        t[""] = "root"
        t["x"] = 1
        self.assertEqual(t.delete(""), "root")
        self.assertNotIn("", t)
        self.assertEqual(t.node_count(), 2)
        t.delete("x")
        self.assertEqual(t.node_count(), 1)


if __name__ == "__main__":
    unittest.main()
