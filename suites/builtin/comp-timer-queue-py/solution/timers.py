"""A virtual-time timer queue (no real sleeping)."""

import heapq
import itertools


class TimerQueue:
    def __init__(self, start: float = 0.0):
        self._now = start
        self._heap: list[tuple[float, int, int, object, float | None]] = []  # (due, seq, id, callback, interval)
        self._seq = itertools.count()
        self._ids = itertools.count(1)
        self._cancelled: set[int] = set()

    @property
    def now(self) -> float:
        return self._now

    def _push(self, due: float, timer_id: int, callback, interval) -> None:
        heapq.heappush(self._heap, (due, next(self._seq), timer_id, callback, interval))

    def call_at(self, when: float, callback) -> int:
        if when < self._now:
            raise ValueError("cannot schedule in the past")
        timer_id = next(self._ids)
        self._push(when, timer_id, callback, None)
        return timer_id

    def call_later(self, delay: float, callback) -> int:
        if delay < 0:
            raise ValueError("delay must be >= 0")
        return self.call_at(self._now + delay, callback)

    def call_every(self, interval: float, callback, first_delay: float | None = None) -> int:
        if interval <= 0:
            raise ValueError("interval must be > 0")
        timer_id = next(self._ids)
        self._push(self._now + (interval if first_delay is None else first_delay), timer_id, callback, interval)
        return timer_id

    def cancel(self, timer_id: int) -> None:
        self._cancelled.add(timer_id)

    def run_until(self, t: float) -> int:
        """Run every timer due at or before t (due time, then scheduling order); returns how many ran."""
        if t < self._now:
            raise ValueError("time cannot go backwards")
        ran = 0
        while self._heap and self._heap[0][0] <= t:
            due, _seq, timer_id, callback, interval = heapq.heappop(self._heap)
            if timer_id in self._cancelled:
                if interval is None:
                    self._cancelled.discard(timer_id)
                continue
            self._now = due
            callback()
            ran += 1
            if interval is not None:
                if timer_id in self._cancelled:
                    self._cancelled.discard(timer_id)
                else:
                    self._push(due + interval, timer_id, callback, interval)
        self._now = t
        return ran
