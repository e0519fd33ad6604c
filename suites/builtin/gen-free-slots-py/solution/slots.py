"""Free meeting slots."""

import re

_TIME = re.compile(r"([0-9]{2}):([0-9]{2})")


def _minutes(text: str, *, end: bool) -> int:
    m = _TIME.fullmatch(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"invalid time: {text!r}")
    h, mi = int(m[1]), int(m[2])
    if (h, mi) == (24, 0) and end:
        return 1440
    if h > 23 or mi > 59:
        raise ValueError(f"invalid time: {text!r}")
    return h * 60 + mi


def _fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _check_int(value, lo: int, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < lo:
        raise ValueError(f"{name} must be an int >= {lo}")


def free_slots(busy, day_start, day_end, min_minutes, buffer=0):
    _check_int(min_minutes, 1, "min_minutes")
    _check_int(buffer, 0, "buffer")
    lo = _minutes(day_start, end=False)
    hi = _minutes(day_end, end=True)
    if lo >= hi:
        raise ValueError("day_start must be before day_end")
    intervals = []
    for start, end in busy:
        s = _minutes(start, end=False)
        e = _minutes(end, end=True)
        if s >= e:
            raise ValueError(f"empty or reversed interval: {start}-{end}")
        intervals.append((max(lo, s - buffer), min(hi, e + buffer)))
    intervals = sorted((s, e) for s, e in intervals if s < e)
    slots = []
    cursor = lo
    for s, e in intervals:
        if s - cursor >= min_minutes:
            slots.append((_fmt(cursor), _fmt(s)))
        cursor = max(cursor, e)
    if hi - cursor >= min_minutes:
        slots.append((_fmt(cursor), _fmt(hi)))
    return slots
