"""A prefix trie mapping strings to values."""


class _Node:
    __slots__ = ("children", "has_value", "value")

    def __init__(self):
        self.children: dict[str, "_Node"] = {}
        self.has_value = False
        self.value = None


class Trie:
    def __init__(self):
        self._root = _Node()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def _find(self, key: str):
        node = self._root
        for ch in key:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __setitem__(self, key: str, value) -> None:
        node = self._root
        for ch in key:
            node = node.children.setdefault(ch, _Node())
        if not node.has_value:
            self._size += 1
        node.has_value = True
        node.value = value

    def __getitem__(self, key: str):
        node = self._find(key)
        if node is None or not node.has_value:
            raise KeyError(key)
        return node.value

    def __contains__(self, key: str) -> bool:
        node = self._find(key)
        return node is not None and node.has_value

    def items(self, prefix: str = ""):
        """(key, value) pairs for keys starting with prefix, in sorted key order."""
        start = self._find(prefix)
        out = []

        def walk(node, path):
            if node.has_value:
                out.append((path, node.value))
            for ch in sorted(node.children):
                walk(node.children[ch], path + ch)

        if start is not None:
            walk(start, prefix)
        return out

    def node_count(self) -> int:
        """Number of nodes including the root."""
        stack, n = [self._root], 0
        while stack:
            node = stack.pop()
            n += 1
            stack.extend(node.children.values())
        return n

    def delete(self, key: str):
        """Remove key and return its value (KeyError if absent), pruning nodes that became useless."""
        path = [self._root]
        for ch in key:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(key)
            path.append(nxt)
        node = path[-1]
        if not node.has_value:
            raise KeyError(key)
        value = node.value
        node.has_value = False
        node.value = None
        self._size -= 1
        for i in range(len(key), 0, -1):
            current = path[i]
            if current.has_value or current.children:
                break
            del path[i - 1].children[key[i - 1]]
        return value
