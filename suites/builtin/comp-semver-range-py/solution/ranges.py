"""Version range matching: comparators, caret and tilde ranges, AND (space) and OR (||)."""

import re

_PARTIAL = re.compile(r"(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?(?:\.(0|[1-9][0-9]*))?")
_COMPARATOR = re.compile(r"(\^|~|>=|<=|>|<|=)?(.+)")


def parse_version(text: str) -> tuple[int, int, int]:
    m = _PARTIAL.fullmatch(text)
    if not m or m.group(3) is None:
        raise ValueError(f"invalid version: {text!r}")
    return int(m[1]), int(m[2]), int(m[3])


def _parse_partial(text: str) -> tuple[int, ...]:
    m = _PARTIAL.fullmatch(text)
    if not m:
        raise ValueError(f"invalid version: {text!r}")
    return tuple(int(g) for g in m.groups() if g is not None)


def _expand(op: str, partial: tuple[int, ...]) -> list[tuple[str, tuple[int, int, int]]]:
    """Caret/tilde comparator → [(">=", lower), ("<", upper)] (see instruction.md)."""
    parts = list(partial) + [0] * (3 - len(partial))
    lower = tuple(parts)
    if op == "~":
        if len(partial) >= 2:
            upper = (parts[0], parts[1] + 1, 0)
        else:
            upper = (parts[0] + 1, 0, 0)
    elif op == "^":
        given = len(partial)
        if parts[0] != 0 or given == 1:
            upper = (parts[0] + 1, 0, 0)
        elif parts[1] != 0 or given == 2:
            upper = (0, parts[1] + 1, 0)
        else:
            upper = (0, 0, parts[2] + 1)
    else:
        raise ValueError(f"unsupported operator {op!r}")
    return [(">=", lower), ("<", upper)]


def _comparators(text: str) -> list[tuple[str, tuple[int, int, int]]]:
    out = []
    for token in text.split():
        m = _COMPARATOR.fullmatch(token)
        if not m:
            raise ValueError(f"invalid comparator: {token!r}")
        op, rest = m[1] or "=", m[2]
        if op in ("^", "~"):
            out.extend(_expand(op, _parse_partial(rest)))
        else:
            out.append((op, parse_version(rest)))
    if not out:
        raise ValueError("empty comparator set")
    return out


_OPS = {
    "=": lambda a, b: a == b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def satisfies(version: str, range_text: str) -> bool:
    v = parse_version(version)
    for alternative in range_text.split("||"):
        if all(_OPS[op](v, bound) for op, bound in _comparators(alternative)):
            return True
    return False


def max_satisfying(versions: list[str], range_text: str) -> str | None:
    matching = [v for v in versions if satisfies(v, range_text)]
    return max(matching, key=parse_version) if matching else None
