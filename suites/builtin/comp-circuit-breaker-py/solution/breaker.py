"""A circuit breaker with an injectable clock."""

import time


class CircuitOpenError(Exception):
    def __init__(self, retry_after: float):
        super().__init__(f"circuit open, retry after {retry_after:.3f}s")
        self.retry_after = retry_after


class CircuitBreaker:
    """States: closed → (failure_threshold counted failures in a row) → open
    → (reset_timeout elapsed) → half_open → one trial call → closed or open."""

    def __init__(self, failure_threshold: int = 3, reset_timeout: float = 30.0,
                 expected: tuple = (Exception,), clock=time.monotonic):
        if failure_threshold < 1 or reset_timeout <= 0:
            raise ValueError("invalid breaker settings")
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.expected = expected
        self.clock = clock
        self._state = "closed"
        self.failures = 0
        self.opened_at: float | None = None

    @property
    def state(self) -> str:
        return self._state

    def _trip(self) -> None:
        self._state = "open"
        self.opened_at = self.clock()
        self.failures = 0

    def _reset(self) -> None:
        self._state = "closed"
        self.opened_at = None
        self.failures = 0

    def call(self, fn, *args, **kwargs):
        if self._state == "open":
            now = self.clock()
            if now - self.opened_at >= self.reset_timeout:
                self._state = "half_open"
            else:
                raise CircuitOpenError(self.opened_at + self.reset_timeout - now)
        if self._state == "half_open":
            try:
                result = fn(*args, **kwargs)
            except self.expected:
                self._trip()
                raise
            except Exception:
                self._reset()
                raise
            self._reset()
            return result
        try:
            result = fn(*args, **kwargs)
        except self.expected:
            self.failures += 1
            if self.failures >= self.failure_threshold:
                self._trip()
            raise
        self.failures = 0
        return result
