import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from dlist import DList  # noqa: E402


def backwards(lst):
    out, node = [], lst.tail
    while node is not None:
        out.append(node.value)
        node = node.prev
    return out


class DListTest(unittest.TestCase):
    def test_insert_after_middle_and_tail(self):
        lst = DList([1, 3])
        lst.insert_after(lst.head, 2)
        tail = lst.insert_after(lst.tail, 4)
        self.assertIs(lst.tail, tail)
        self.assertEqual(lst.to_list(), [1, 2, 3, 4])
        self.assertEqual(backwards(lst), [4, 3, 2, 1])
        self.assertEqual(len(lst), 4)

    def test_remove_middle(self):
        lst = DList("abc")
        node = lst.find("b")
        self.assertEqual(lst.remove(node), "b")
        self.assertEqual(lst.to_list(), ["a", "c"])
        self.assertEqual(backwards(lst), ["c", "a"])
        self.assertIsNone(node.prev)
        self.assertIsNone(node.next)

    def test_remove_head_and_tail(self):
        lst = DList([1, 2, 3])
        lst.remove(lst.head)
        lst.remove(lst.tail)
        self.assertEqual(lst.to_list(), [2])
        self.assertIs(lst.head, lst.tail)
        self.assertEqual(backwards(lst), [2])
        lst.remove(lst.head)
        self.assertIsNone(lst.head)
        self.assertIsNone(lst.tail)
        self.assertEqual(len(lst), 0)
        lst.append(9)
        self.assertEqual((lst.to_list(), backwards(lst)), ([9], [9]))

    def test_foreign_or_removed_nodes(self):
        a, b = DList([1]), DList([1])
        with self.assertRaises(ValueError):
            a.remove(b.head)
        node = a.head
        a.remove(node)
        with self.assertRaises(ValueError):
            a.remove(node)
        self.assertEqual(len(a), 0)

    def test_mixed_operations(self):
        lst = DList()
        n1 = lst.append(1)
        n0 = lst.appendleft(0)
        n2 = lst.insert_after(n1, 2)
        lst.insert_after(n0, 0.5)
        lst.remove(n1)
        lst.insert_after(n2, 3)
        self.assertEqual(lst.to_list(), [0, 0.5, 2, 3])
        self.assertEqual(backwards(lst), [3, 2, 0.5, 0])
        self.assertEqual(len(lst), 4)


if __name__ == "__main__":
    unittest.main()
