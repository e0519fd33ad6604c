import unittest

from ttlcache import TTLCache


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class BasicTests(unittest.TestCase):
    def setUp(self):
        self.clock = Clock()
        self.cache = TTLCache(maxsize=2, ttl=10, clock=self.clock)

    def test_get_and_default(self):
        self.cache.set("a", 1)
        self.assertEqual(self.cache.get("a"), 1)
        self.assertIsNone(self.cache.get("missing"))
        self.assertEqual(self.cache.get("missing", 0), 0)

    def test_expires_after_ttl(self):
        self.cache.set("a", 1)
        self.clock.now += 11
        self.assertIsNone(self.cache.get("a"))
        self.assertEqual(len(self.cache), 0)

    def test_lru_eviction(self):
        self.cache.set("a", 1)
        self.cache.set("b", 2)
        self.cache.get("a")
        self.cache.set("c", 3)
        self.assertEqual(sorted(self.cache.keys()), ["a", "c"])

    def test_set_refreshes_ttl(self):
        self.cache.set("a", 1)
        self.clock.now += 8
        self.cache.set("a", 2)
        self.clock.now += 8
        self.assertEqual(self.cache.get("a"), 2)
