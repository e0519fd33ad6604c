import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from inventory import InsufficientStock, Inventory  # noqa: E402


class RemoveTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 10)

    def test_removes_and_returns_on_hand(self):
        self.assertEqual(self.inv.remove("apple", 3), 7)
        self.assertEqual(self.inv.on_hand("apple"), 7)
        self.assertEqual(self.inv.available("apple"), 7)

    def test_reserved_stock_cannot_be_removed(self):
        self.inv.reserve("apple", 8)
        with self.assertRaises(InsufficientStock) as ctx:
            self.inv.remove("apple", 3)
        err = ctx.exception
        self.assertEqual((err.sku, err.requested, err.available), ("apple", 3, 2))
        self.assertEqual(self.inv.on_hand("apple"), 10)
        self.assertEqual(self.inv.remove("apple", 2), 8)
        self.assertEqual(self.inv.available("apple"), 0)

    def test_forgets_empty_skus(self):
        self.assertEqual(self.inv.remove("apple", 10), 0)
        self.assertNotIn("apple", self.inv)
        self.inv.add("pear", 2)
        self.inv.reserve("pear", 1)
        self.inv.remove("pear", 1)
        self.assertIn("pear", self.inv)

    def test_errors(self):
        with self.assertRaises(KeyError):
            self.inv.remove("banana", 1)
        for bad in [0, -1, 1.5, True]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                self.inv.remove("apple", bad)
        with self.assertRaises(InsufficientStock):
            self.inv.remove("apple", 11)
        self.assertEqual(self.inv.on_hand("apple"), 10)

    def test_other_methods_unchanged(self):
        self.inv.reserve("apple", 4)
        self.inv.release("apple", 4)
        self.assertEqual(self.inv.available("apple"), 10)


if __name__ == "__main__":
    unittest.main()
