"""Aggregation of events into five-minute windows."""
from collections import Counter

WINDOW = 300  # seconds


def window_start(ts):
    """Start of the five-minute window containing ts: the largest multiple of
    300 that is <= ts. ts is an int number of seconds since the Unix epoch and
    may be negative (events before 1970 are allowed)."""
    return ts - ts % WINDOW


def counts_per_window(timestamps):
    """A dict {window start: number of timestamps in that window}, with keys
    in ascending order."""
    counts = Counter(window_start(ts) for ts in timestamps)
    return dict(sorted(counts.items()))
