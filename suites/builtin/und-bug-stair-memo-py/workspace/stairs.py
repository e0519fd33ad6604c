def ways(n, _memo={0: 1, 1: 1}):
    """Number of distinct ways to climb a staircase of n steps taking one or
    two steps at a time: ways(0) == 1, ways(1) == 1, ways(4) == 5.

    n is an int with 0 <= n <= 400. Callers never pass `_memo`.
    """
    if n not in _memo:
        _memo[n] = ways(n - 1) + ways(n - 2)
    return _memo[n]


def table(limit):
    """[ways(0), ways(1), ..., ways(limit)] for 0 <= limit <= 400."""
    return [ways(k) for k in range(limit + 1)]
