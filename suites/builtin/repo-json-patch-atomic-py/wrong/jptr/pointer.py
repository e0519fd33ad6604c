"""JSON Pointer (RFC 6901)."""


class PointerError(ValueError):
    pass


def escape(key):
    """The pointer token for an object key."""
    return key.replace("~", "~0").replace("/", "~1")


def unescape(token):
    """The object key for a pointer token."""
    # "~1" must be decoded before "~0": otherwise "~01" (the key "~1") would become "/".
    return token.replace("~1", "/").replace("~0", "~")


def parse(pointer):
    """The list of reference tokens (unescaped) of a pointer."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerError(f"pointer must start with '/': {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def to_pointer(keys):
    return "".join("/" + escape(str(k)) for k in keys)


def resolve(doc, pointer):
    """The value `pointer` refers to in `doc`."""
    node = doc
    for token in parse(pointer):
        if isinstance(node, list):
            if not token.isdigit() or (token != "0" and token.startswith("0")) or int(token) >= len(node):
                raise PointerError(f"bad array index {token!r}")
            node = node[int(token)]
        elif isinstance(node, dict):
            if token not in node:
                raise PointerError(f"no member {token!r}")
            node = node[token]
        else:
            raise PointerError(f"cannot descend into {type(node).__name__}")
    return node
