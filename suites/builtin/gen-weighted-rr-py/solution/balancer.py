"""Smooth weighted round-robin."""


def _check_weight(weight, allow_zero=False) -> None:
    if not isinstance(weight, int) or isinstance(weight, bool) or weight < (0 if allow_zero else 1):
        raise ValueError(f"invalid weight: {weight!r}")


class WeightedRoundRobin:
    def __init__(self, weights: dict[str, int]):
        if not weights:
            raise ValueError("at least one backend is required")
        for w in weights.values():
            _check_weight(w)
        self._weights = dict(weights)
        self._current = {name: 0 for name in weights}

    def next(self) -> str:
        if not self._weights:
            raise LookupError("no backends")
        total = 0
        best = None
        for name, weight in self._weights.items():
            self._current[name] += weight
            total += weight
            if best is None or self._current[name] > self._current[best]:
                best = name
        self._current[best] -= total
        return best

    def take(self, n: int) -> list[str]:
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise ValueError("n must be a non-negative int")
        return [self.next() for _ in range(n)]

    def set_weight(self, name: str, weight: int) -> None:
        _check_weight(weight, allow_zero=True)
        if weight == 0:
            if name not in self._weights:
                raise KeyError(name)
            del self._weights[name]
            del self._current[name]
            return
        if name not in self._weights:
            self._current[name] = 0
        self._weights[name] = weight
