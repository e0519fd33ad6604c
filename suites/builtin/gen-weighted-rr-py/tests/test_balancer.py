import os
import sys
import unittest
from collections import Counter

sys.path.insert(0, os.getcwd())
from balancer import WeightedRoundRobin  # noqa: E402


class BalancerTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(WeightedRoundRobin({"a": 5, "b": 1, "c": 1}).take(7), ["a", "a", "b", "a", "c", "a", "a"])

    def test_equal_weights_rotate_in_order(self):
        self.assertEqual(WeightedRoundRobin({"x": 1, "y": 1, "z": 1}).take(6), ["x", "y", "z", "x", "y", "z"])

    def test_proportions_over_a_cycle(self):
        rr = WeightedRoundRobin({"a": 3, "b": 2, "c": 1})
        first = rr.take(6)
        self.assertEqual(first, ["a", "b", "a", "c", "b", "a"])
        self.assertEqual(Counter(rr.take(600)), {"a": 300, "b": 200, "c": 100})

    def test_single_backend(self):
        self.assertEqual(WeightedRoundRobin({"only": 4}).take(3), ["only"] * 3)

    def test_set_weight(self):
        rr = WeightedRoundRobin({"a": 1, "b": 1})
        self.assertEqual(rr.take(2), ["a", "b"])
        rr.set_weight("c", 2)
        self.assertEqual(rr.take(4), ["c", "a", "b", "c"])
        rr.set_weight("c", 0)
        self.assertEqual(rr.take(2), ["a", "b"])

    def test_remove_all_and_errors(self):
        rr = WeightedRoundRobin({"a": 1})
        with self.assertRaises(KeyError):
            rr.set_weight("zzz", 0)
        rr.set_weight("a", 0)
        with self.assertRaises(LookupError):
            rr.next()
        self.assertEqual(rr.take(0), [])

    def test_validation(self):
        for bad in [{}, {"a": 0}, {"a": -1}, {"a": 1.5}, {"a": True}]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                WeightedRoundRobin(bad)
        with self.assertRaises(ValueError):
            WeightedRoundRobin({"a": 1}).take(-1)


if __name__ == "__main__":
    unittest.main()
