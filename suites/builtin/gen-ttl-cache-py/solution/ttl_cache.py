"""A TTL cache."""

import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, ttl: float, max_size: int | None = None, clock=time.monotonic):
        if not ttl > 0:
            raise ValueError("ttl must be > 0")
        if max_size is not None and (not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 1):
            raise ValueError("max_size must be a positive int")
        self.ttl = ttl
        self.max_size = max_size
        self._clock = clock
        self._data: OrderedDict = OrderedDict()  # key -> (value, expiry)

    def _alive(self, key, now) -> bool:
        entry = self._data.get(key)
        if entry is None:
            return False
        if now >= entry[1]:
            del self._data[key]
            return False
        return True

    def set(self, key, value, ttl: float | None = None) -> None:
        if ttl is not None and not ttl > 0:
            raise ValueError("ttl must be > 0")
        now = self._clock()
        self._data.pop(key, None)
        if self.max_size is not None:
            self.purge()
            while len(self._data) >= self.max_size:
                self._data.popitem(last=False)
        self._data[key] = (value, now + (ttl if ttl is not None else self.ttl))

    def get(self, key, default=None):
        return self._data[key][0] if self._alive(key, self._clock()) else default

    def __contains__(self, key) -> bool:
        return self._alive(key, self._clock())

    def __len__(self) -> int:
        self.purge()
        return len(self._data)

    def pop(self, key, default=None):
        if self._alive(key, self._clock()):
            return self._data.pop(key)[0]
        return default

    def purge(self) -> int:
        now = self._clock()
        expired = [k for k, (_, exp) in self._data.items() if now >= exp]
        for k in expired:
            del self._data[k]
        return len(expired)
