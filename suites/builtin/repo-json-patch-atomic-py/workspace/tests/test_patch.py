import unittest

from jptr import apply_patch, resolve, PatchError, PointerError


class PatchTests(unittest.TestCase):
    def test_resolve(self):
        doc = {"a": {"b": [10, 20]}, "a/b": 1, "m~n": 2}
        self.assertEqual(resolve(doc, ""), doc)
        self.assertEqual(resolve(doc, "/a/b/1"), 20)
        self.assertEqual(resolve(doc, "/a~1b"), 1)
        self.assertEqual(resolve(doc, "/m~0n"), 2)
        with self.assertRaises(PointerError):
            resolve(doc, "a")

    def test_add_replace_remove(self):
        doc = {"tags": ["x"], "n": 1}
        out = apply_patch(doc, [
            {"op": "add", "path": "/tags/-", "value": "y"},
            {"op": "add", "path": "/tags/0", "value": "w"},
            {"op": "replace", "path": "/n", "value": 2},
            {"op": "add", "path": "/new", "value": {"k": True}},
            {"op": "remove", "path": "/tags/1"},
        ])
        self.assertEqual(out, {"tags": ["w", "y"], "n": 2, "new": {"k": True}})

    def test_failing_test_op(self):
        with self.assertRaises(PatchError):
            apply_patch({"v": 1}, [{"op": "test", "path": "/v", "value": 2}])

    def test_bad_paths(self):
        for op in [{"op": "remove", "path": "/missing"}, {"op": "replace", "path": "/list/5", "value": 0},
                   {"op": "add", "path": "/list/01", "value": 0}]:
            with self.assertRaises(PatchError, msg=str(op)):
                apply_patch({"list": [1]}, [op])
