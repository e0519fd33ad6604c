"""Apply unified diffs (no fuzz)."""

import re
from dataclasses import dataclass, field


class PatchError(Exception):
    pass


@dataclass
class Hunk:
    old_start: int
    old_len: int
    new_start: int
    new_len: int
    lines: list[tuple[str, str]] = field(default_factory=list)


_HEADER = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def parse_hunks(diff: str) -> list[Hunk]:
    """Hunks of a unified diff; '---'/'+++' file headers and '\\ No newline' markers are ignored."""
    hunks: list[Hunk] = []
    for raw in diff.split("\n"):
        if raw.startswith(("---", "+++", "\\")) or (raw == "" and not hunks):
            continue
        m = _HEADER.match(raw)
        if m:
            a, b, c, d = m.groups()
            hunks.append(Hunk(int(a), int(b if b is not None else 1), int(c), int(d if d is not None else 1)))
            continue
        if not hunks:
            raise PatchError("content before the first hunk")
        if raw == "":
            continue
        op, text = raw[0], raw[1:]
        if op not in " -+":
            raise PatchError(f"bad line: {raw!r}")
        hunks[-1].lines.append((op, text))
    for h in hunks:
        old = sum(1 for op, _ in h.lines if op != "+")
        new = sum(1 for op, _ in h.lines if op != "-")
        if (old, new) != (h.old_len, h.new_len):
            raise PatchError(f"hunk at -{h.old_start} has wrong line counts")
    return hunks


def apply_hunks(lines: list[str], hunks: list[Hunk]) -> list[str]:
    """Apply hunks in order with offset tracking and exact context checks; returns a new list."""
    # TODO: implement as documented in instruction.md.
    raise NotImplementedError


def apply_patch(text: str, diff: str) -> str:
    """Apply a unified diff to text (lines separated by '\\n'); keeps a trailing newline if present."""
    trailing = text.endswith("\n")
    lines = text.split("\n")
    if trailing:
        lines.pop()
    result = apply_hunks(lines, parse_hunks(diff))
    return "\n".join(result) + ("\n" if trailing else "")
