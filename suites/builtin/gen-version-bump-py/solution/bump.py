"""Semantic version bumping."""

import re

_NUM = r"(0|[1-9][0-9]*)"
_VERSION = re.compile(rf"{_NUM}\.{_NUM}\.{_NUM}(?:-([A-Za-z]+)\.{_NUM})?")


def bump(version: str, part: str, pre_id: str = "rc") -> str:
    m = _VERSION.fullmatch(version)
    if not m:
        raise ValueError(f"invalid version: {version!r}")
    if not re.fullmatch(r"[A-Za-z]+", pre_id):
        raise ValueError(f"invalid pre-release id: {pre_id!r}")
    major, minor, patch = int(m[1]), int(m[2]), int(m[3])
    pre = (m[4], int(m[5])) if m[4] else None
    if part == "major":
        if pre and minor == 0 and patch == 0:
            return f"{major}.0.0"
        return f"{major + 1}.0.0"
    if part == "minor":
        if pre and patch == 0:
            return f"{major}.{minor}.0"
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        if pre:
            return f"{major}.{minor}.{patch}"
        return f"{major}.{minor}.{patch + 1}"
    if part == "pre":
        if pre is None:
            return f"{major}.{minor}.{patch + 1}-{pre_id}.0"
        if pre[0] == pre_id:
            return f"{major}.{minor}.{patch}-{pre_id}.{pre[1] + 1}"
        return f"{major}.{minor}.{patch}-{pre_id}.0"
    raise ValueError(f"invalid part: {part!r}")
