import copy
import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from flatten import flatten, unflatten  # noqa: E402


class FlattenTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(
            flatten({"db": {"host": "x", "port": 5432}, "debug": False}),
            {"db.host": "x", "db.port": 5432, "debug": False},
        )

    def test_order_and_leaves(self):
        data = {"b": {"y": [1, {"no": "descend"}], "x": (1, 2)}, "a": None}
        flat = flatten(data)
        self.assertEqual(list(flat), ["b.y", "b.x", "a"])
        self.assertEqual(flat["b.y"], [1, {"no": "descend"}])

    def test_empty_dicts_are_leaves(self):
        self.assertEqual(flatten({"a": {}, "b": {"c": {}}}), {"a": {}, "b.c": {}})
        self.assertEqual(flatten({}), {})

    def test_custom_separator_and_no_mutation(self):
        data = {"a": {"b.c": {"d": 1}}}
        before = copy.deepcopy(data)
        self.assertEqual(flatten(data, sep="/"), {"a/b.c/d": 1})
        self.assertEqual(data, before)

    def test_bad_keys(self):
        with self.assertRaises(TypeError):
            flatten({"a": {1: "x"}})
        with self.assertRaises(ValueError):
            flatten({"a.b": 1})


class UnflattenTest(unittest.TestCase):
    def test_round_trip(self):
        data = {"db": {"host": "x", "opts": {"ssl": True, "tags": []}}, "empty": {}, "n": 0}
        self.assertEqual(unflatten(flatten(data)), data)

    def test_conflicts(self):
        with self.assertRaises(ValueError):
            unflatten({"a": 1, "a.b": 2})
        with self.assertRaises(ValueError):
            unflatten({"a.b": 2, "a": 1})
        with self.assertRaises(ValueError):
            unflatten({"a.b": 2, "a.b.c": 1})
        with self.assertRaises(ValueError):
            unflatten({"a": {}, "a.b": 1})

    def test_bad_keys(self):
        for bad in ["", "a..b", ".a", "a."]:
            with self.assertRaises(ValueError, msg=bad):
                unflatten({bad: 1})

    def test_separator(self):
        self.assertEqual(unflatten({"a/b": 1, "a/c": 2, "d": 3}, sep="/"), {"a": {"b": 1, "c": 2}, "d": 3})


if __name__ == "__main__":
    unittest.main()
