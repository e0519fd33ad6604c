"""JSON Patch (RFC 6902) operations add, remove, replace and test."""
import copy

from .pointer import PointerError, parse, resolve, to_pointer


class PatchError(ValueError):
    pass


def _parent(doc, path):
    tokens = parse(path)
    if not tokens:
        raise PatchError("the whole document cannot be the target")
    try:
        parent = resolve(doc, to_pointer(tokens[:-1]))
    except PointerError as e:
        raise PatchError(str(e)) from None
    return parent, tokens[-1]


def _index(parent, token, allow_end):
    if allow_end and token == "-":
        return len(parent)
    if not token.isdigit() or (token != "0" and token.startswith("0")):
        raise PatchError(f"bad array index {token!r}")
    i = int(token)
    if i > len(parent) or (i == len(parent) and not allow_end):
        raise PatchError(f"array index {i} out of range")
    return i


def _apply_one(doc, op):
    kind, path = op.get("op"), op.get("path")
    if kind == "test":
        try:
            actual = resolve(doc, path)
        except PointerError as e:
            raise PatchError(str(e)) from None
        if actual != op["value"]:
            raise PatchError(f"test failed at {path}")
        return
    parent, token = _parent(doc, path)
    if isinstance(parent, list):
        i = _index(parent, token, allow_end=(kind == "add"))
        if kind == "add":
            parent.insert(i, op["value"])
        elif kind == "replace":
            parent[i] = op["value"]
        elif kind == "remove":
            del parent[i]
        else:
            raise PatchError(f"unknown op {kind!r}")
    elif isinstance(parent, dict):
        if kind != "add" and token not in parent:
            raise PatchError(f"no member {token!r} at {path}")
        if kind in ("add", "replace"):
            parent[token] = op["value"]
        elif kind == "remove":
            del parent[token]
        else:
            raise PatchError(f"unknown op {kind!r}")
    else:
        raise PatchError(f"cannot modify inside {type(parent).__name__}")


def apply_patch(doc, ops):
    """The document after applying `ops` in order (see README.md)."""
    result = copy.deepcopy(doc)
    for op in ops:
        _apply_one(result, op)
    return result
