import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from ttl_cache import TTLCache  # noqa: E402


class Clock:
    def __init__(self, t=0.0):
        self.t = t

    def __call__(self):
        return self.t


class TTLCacheTest(unittest.TestCase):
    def setUp(self):
        self.clock = Clock()
        self.cache = TTLCache(10, clock=self.clock)

    def test_get_set_and_default(self):
        self.cache.set("a", 1)
        self.assertEqual(self.cache.get("a"), 1)
        self.assertIsNone(self.cache.get("b"))
        self.assertEqual(self.cache.get("b", "dflt"), "dflt")
        self.assertIn("a", self.cache)
        self.assertEqual(len(self.cache), 1)

    def test_expiry_is_inclusive(self):
        self.cache.set("a", 1)
        self.clock.t = 9.999
        self.assertEqual(self.cache.get("a"), 1)
        self.clock.t = 10
        self.assertIsNone(self.cache.get("a"))
        self.assertNotIn("a", self.cache)
        self.assertEqual(len(self.cache), 0)

    def test_get_does_not_refresh_but_set_does(self):
        self.cache.set("a", 1)
        self.clock.t = 8
        self.cache.get("a")
        self.clock.t = 10
        self.assertNotIn("a", self.cache)
        self.cache.set("b", 1)
        self.clock.t = 18
        self.cache.set("b", 2)
        self.clock.t = 25
        self.assertEqual(self.cache.get("b"), 2)

    def test_per_entry_ttl(self):
        self.cache.set("short", 1, ttl=1)
        self.cache.set("long", 2, ttl=100)
        self.clock.t = 50
        self.assertEqual((self.cache.get("short"), self.cache.get("long")), (None, 2))
        with self.assertRaises(ValueError):
            self.cache.set("x", 1, ttl=0)

    def test_pop_and_purge(self):
        self.cache.set("a", 1)
        self.cache.set("b", 2, ttl=5)
        self.cache.set("c", 3, ttl=20)
        self.assertEqual(self.cache.pop("a"), 1)
        self.assertEqual(self.cache.pop("a", "gone"), "gone")
        self.clock.t = 10
        self.assertEqual(self.cache.purge(), 1)
        self.assertEqual(self.cache.pop("b", "expired"), "expired")
        self.assertEqual(len(self.cache), 1)

    def test_max_size_evicts_oldest_set(self):
        cache = TTLCache(10, max_size=2, clock=self.clock)
        cache.set("a", 1)
        cache.set("b", 2)
        cache.get("a")
        cache.set("c", 3)
        self.assertNotIn("a", cache)
        self.assertEqual((cache.get("b"), cache.get("c")), (2, 3))
        cache.set("b", 20)
        cache.set("d", 4)
        self.assertNotIn("c", cache)
        self.assertEqual(len(cache), 2)

    def test_max_size_prefers_dropping_expired(self):
        cache = TTLCache(10, max_size=2, clock=self.clock)
        cache.set("old", 1, ttl=1)
        cache.set("keep", 2)
        self.clock.t = 1
        cache.set("new", 3)
        self.assertEqual((cache.get("keep"), cache.get("new")), (2, 3))

    def test_validation(self):
        for kwargs in [{"ttl": 0}, {"ttl": -1}, {"ttl": 1, "max_size": 0}, {"ttl": 1, "max_size": 1.5}]:
            with self.assertRaises(ValueError, msg=str(kwargs)):
                TTLCache(clock=self.clock, **kwargs)


if __name__ == "__main__":
    unittest.main()
