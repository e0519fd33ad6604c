"""A size-bounded cache whose entries expire (see README.md)."""
import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1 or ttl <= 0:
            raise ValueError("maxsize must be >= 1 and ttl > 0")
        self.maxsize = maxsize
        self.ttl = ttl
        self.clock = clock
        self._data = OrderedDict()  # key -> (value, stored_at); least recently used first

    def _expired(self, stored_at, now):
        return now - stored_at >= self.ttl

    def _purge(self, now):
        for key in [k for k, (_, t) in self._data.items() if self._expired(t, now)]:
            del self._data[key]

    def get(self, key, default=None):
        now = self.clock()
        entry = self._data.get(key)
        if entry is None:
            return default
        if self._expired(entry[1], now):
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return entry[0]

    def set(self, key, value):
        now = self.clock()
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self.maxsize:
            self._data.popitem(last=False)
        self._data[key] = (value, now)

    def keys(self):
        self._purge(self.clock())
        return list(self._data)

    def __len__(self):
        self._purge(self.clock())
        return len(self._data)
