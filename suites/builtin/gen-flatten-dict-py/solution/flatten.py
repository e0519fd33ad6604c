"""Flatten / unflatten nested dicts."""


def flatten(data: dict, sep: str = ".") -> dict:
    out: dict = {}

    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            if not isinstance(key, str):
                raise TypeError(f"keys must be strings, got {key!r}")
            if sep in key:
                raise ValueError(f"key {key!r} contains the separator")
            path = f"{prefix}{sep}{key}" if prefix else key
            if isinstance(value, dict) and value:
                walk(value, path)
            else:
                out[path] = value

    walk(data, "")
    return out


def unflatten(flat: dict, sep: str = ".") -> dict:
    root: dict = {}
    containers: set[int] = set()  # ids of dicts created here as path containers
    for key, value in flat.items():
        parts = key.split(sep)
        if any(p == "" for p in parts):
            raise ValueError(f"invalid key {key!r}")
        node = root
        for part in parts[:-1]:
            if part not in node:
                child: dict = {}
                node[part] = child
                containers.add(id(child))
            child = node[part]
            if id(child) not in containers:
                raise ValueError(f"conflict at {key!r}")
            node = child
        last = parts[-1]
        if last in node:
            raise ValueError(f"conflict at {key!r}")
        node[last] = value
    return root
