import unittest

from ttlcache import TTLCache


class ExpiryTests(unittest.TestCase):
    def make(self, maxsize=2):
        self.now = 0.0
        return TTLCache(maxsize=maxsize, ttl=10, clock=lambda: self.now)

    def test_issue_expired_exactly_at_ttl(self):
        cache = self.make()
        cache.set("a", 1)
        self.now = 9.999
        self.assertEqual(cache.get("a"), 1)
        self.now = 10
        self.assertIsNone(cache.get("a"))

    def test_issue_expired_entries_make_room_first(self):
        cache = self.make()
        cache.set("a", 1)
        self.now = 5
        cache.set("b", 2)
        cache.get("a")
        self.now = 12
        cache.set("c", 3)
        self.assertEqual(sorted(cache.keys()), ["b", "c"])
        self.assertEqual(cache.get("b"), 2)

    def test_lru_among_live_entries(self):
        cache = self.make(maxsize=3)
        for k in "abc":
            cache.set(k, k)
        cache.get("a")
        cache.set("d", "d")
        self.assertEqual(sorted(cache.keys()), ["a", "c", "d"])

    def test_reading_does_not_extend_lifetime(self):
        cache = self.make()
        cache.set("a", 1)
        self.now = 8
        cache.get("a")
        self.now = 11
        self.assertIsNone(cache.get("a"))
