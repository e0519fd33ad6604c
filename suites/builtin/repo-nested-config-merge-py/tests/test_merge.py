import unittest

from layered import load, DEFAULTS
from layered.merge import merge


class MergeTests(unittest.TestCase):
    def test_issue_nested_section_is_merged(self):
        self.assertEqual(load({"database": {"port": 6543}})["database"],
                         {"host": "localhost", "port": 6543, "pool_size": 5})

    def test_issue_deeply_nested_merge(self):
        cfg = load({"features": {"search": {"limit": 50}}}, {"features": {"beta": {"enabled": True}}})
        self.assertEqual(cfg["features"], {"search": {"enabled": True, "limit": 50}, "beta": {"enabled": True}})

    def test_lists_are_replaced(self):
        self.assertEqual(load({"admins": ["ann"]})["admins"], ["ann"])

    def test_issue_result_shares_no_dicts_with_inputs(self):
        base = {"a": {"x": 1}}
        override = {"a": {"y": 2}, "b": {"z": 3}}
        result = merge(base, override)
        self.assertEqual(base, {"a": {"x": 1}})
        self.assertEqual(override, {"a": {"y": 2}, "b": {"z": 3}})
        result["b"]["z"] = 99
        self.assertEqual(override["b"]["z"], 3)

    def test_defaults_survive_many_loads(self):
        load({"database": {"host": "db1"}})
        load({"features": {"search": {"enabled": False}}})
        self.assertEqual(load()["database"]["host"], "localhost")
        self.assertEqual(DEFAULTS["features"]["search"]["enabled"], True)
