"""Monthly recurrence rules."""

import calendar
import datetime as dt
import re

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORDINALS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _parse(rule: str):
    if not isinstance(rule, str):
        raise ValueError("rule must be a string")
    text = rule.lower()
    m = re.fullmatch(r"day ([1-9][0-9]?)", text)
    if m and 1 <= int(m[1]) <= 31:
        return ("day", int(m[1]))
    if text == "last day":
        return ("lastday", None)
    parts = text.split(" ")
    if len(parts) == 2 and parts[1] in _WEEKDAYS:
        if parts[0] == "last":
            return ("lastwd", _WEEKDAYS.index(parts[1]))
        if parts[0] in _ORDINALS:
            return ("nthwd", (_ORDINALS[parts[0]], _WEEKDAYS.index(parts[1])))
    raise ValueError(f"invalid rule: {rule!r}")


def _date_in_month(kind, arg, year: int, month: int):
    days = calendar.monthrange(year, month)[1]
    if kind == "day":
        return dt.date(year, month, min(arg, days))
    if kind == "lastday":
        return dt.date(year, month, days)
    if kind == "lastwd":
        last = dt.date(year, month, days)
        return last - dt.timedelta(days=(last.weekday() - arg) % 7)
    n, wd = arg
    first = dt.date(year, month, 1)
    day = 1 + (wd - first.weekday()) % 7 + 7 * (n - 1)
    return dt.date(year, month, day) if day <= days else None


def occurrences(rule: str, start: dt.date, count: int) -> list[dt.date]:
    kind, arg = _parse(rule)
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValueError("count must be a non-negative int")
    out: list[dt.date] = []
    year, month = start.year, start.month
    while len(out) < count:
        d = _date_in_month(kind, arg, year, month)
        if d is not None and d >= start:
            out.append(d)
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out
