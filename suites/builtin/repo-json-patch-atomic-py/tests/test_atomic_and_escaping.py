import copy
import unittest

from jptr import apply_patch, resolve, escape, to_pointer, PatchError


class AtomicTests(unittest.TestCase):
    def test_issue_input_not_modified(self):
        doc = {"user": {"name": "Ann", "roles": ["dev"]}, "n": 1}
        before = copy.deepcopy(doc)
        out = apply_patch(doc, [{"op": "add", "path": "/user/roles/-", "value": "admin"},
                                {"op": "replace", "path": "/user/name", "value": "Bo"},
                                {"op": "remove", "path": "/n"}])
        self.assertEqual(doc, before)
        self.assertEqual(out, {"user": {"name": "Bo", "roles": ["dev", "admin"]}})

    def test_issue_failed_patch_changes_nothing(self):
        doc = {"user": {"name": "Ann", "roles": ["dev"]}}
        before = copy.deepcopy(doc)
        with self.assertRaises(PatchError):
            apply_patch(doc, [{"op": "add", "path": "/user/roles/-", "value": "admin"},
                              {"op": "test", "path": "/user/name", "value": "Bob"}])
        self.assertEqual(doc, before)

    def test_issue_result_shares_nothing(self):
        doc = {"a": {"b": [1]}}
        out = apply_patch(doc, [])
        out["a"]["b"].append(2)
        self.assertEqual(doc, {"a": {"b": [1]}})

    def test_issue_tilde_one_key(self):
        self.assertEqual(resolve({"~1": 5}, "/~01"), 5)
        self.assertEqual(escape("~1"), "~01")
        for key in ["~1", "a~1b/c", "~0~1", "/~", "~~//"]:
            self.assertEqual(resolve({key: key}, to_pointer([key])), key)

    def test_patch_on_escaped_keys(self):
        out = apply_patch({"a/b": 1, "m~n": 2}, [{"op": "replace", "path": "/a~1b", "value": 3},
                                                 {"op": "remove", "path": "/m~0n"}])
        self.assertEqual(out, {"a/b": 3})
