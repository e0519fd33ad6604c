"""A doubly linked list with O(1) insert/remove at known nodes."""


class Node:
    __slots__ = ("value", "prev", "next", "owner")

    def __init__(self, value, owner):
        self.value = value
        self.prev = None
        self.next = None
        self.owner = owner


class DList:
    def __init__(self, values=()):
        self.head = None
        self.tail = None
        self._len = 0
        for v in values:
            self.append(v)

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def to_list(self):
        return list(self)

    def append(self, value) -> Node:
        node = Node(value, self)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self._len += 1
        return node

    def appendleft(self, value) -> Node:
        node = Node(value, self)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next = self.head
            self.head.prev = node
            self.head = node
        self._len += 1
        return node

    def find(self, value):
        node = self.head
        while node is not None and node.value != value:
            node = node.next
        return node

    def insert_after(self, node: Node, value) -> Node:
        """Insert value right after node (which must belong to this list); returns the new node."""
        if node.owner is not self:
            raise ValueError("node does not belong to this list")
        new = Node(value, self)
        new.prev = node
        new.next = node.next
        if node.next is not None:
            node.next.prev = new
        else:
            self.tail = new
        node.next = new
        self._len += 1
        return new

    def remove(self, node: Node):
        """Unlink node and return its value; ValueError if it does not belong to this list."""
        if node.owner is not self:
            raise ValueError("node does not belong to this list")
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None
        node.owner = None
        self._len -= 1
        return node.value
