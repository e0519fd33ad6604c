import unittest

from layered import load, DEFAULTS


class LoaderTests(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(load(), DEFAULTS)

    def test_top_level_override(self):
        self.assertEqual(load({"debug": True})["debug"], True)
        self.assertEqual(load({"debug": True})["name"], "svc")

    def test_later_layers_win(self):
        self.assertEqual(load({"name": "a"}, {"name": "b"})["name"], "b")

    def test_defaults_not_modified(self):
        load({"name": "changed", "database": {"port": 1}})
        self.assertEqual(DEFAULTS["name"], "svc")
        self.assertEqual(DEFAULTS["database"]["port"], 5432)
        self.assertEqual(load()["database"]["port"], 5432)
