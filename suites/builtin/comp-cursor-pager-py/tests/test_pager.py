import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from pager import InvalidCursor, encode_cursor, page  # noqa: E402

RECORDS = [
    {"id": 3, "created_at": "2024-01-02T00:00:00Z"},
    {"id": 1, "created_at": "2024-01-01T00:00:00Z"},
    {"id": 2, "created_at": "2024-01-02T00:00:00Z"},
    {"id": 5, "created_at": "2024-01-03T00:00:00Z"},
    {"id": 4, "created_at": "2024-01-01T00:00:00Z"},
]


def ids(result):
    return [r["id"] for r in result["items"]]


class PageTest(unittest.TestCase):
    def test_walks_all_pages_in_order(self):
        seen = []
        cursor = None
        pages = 0
        while True:
            result = page(RECORDS, 2, cursor)
            seen.extend(ids(result))
            pages += 1
            cursor = result["next"]
            if cursor is None:
                break
        self.assertEqual(seen, [1, 4, 2, 3, 5])
        self.assertEqual(pages, 3)

    def test_next_is_none_when_exactly_exhausted(self):
        result = page(RECORDS, 5)
        self.assertEqual(ids(result), [1, 4, 2, 3, 5])
        self.assertIsNone(result["next"])
        first = page(RECORDS, 4)
        last = page(RECORDS, 4, first["next"])
        self.assertEqual(ids(last), [5])
        self.assertIsNone(last["next"])

    def test_cursor_survives_deletion(self):
        first = page(RECORDS, 2)
        remaining = [r for r in RECORDS if r["id"] != 4]
        self.assertEqual(ids(page(remaining, 10, first["next"])), [2, 3, 5])

    def test_empty(self):
        self.assertEqual(page([], 3), {"items": [], "next": None})
        after_last = encode_cursor({"id": 5, "created_at": "2024-01-03T00:00:00Z"})
        self.assertEqual(page(RECORDS, 3, after_last), {"items": [], "next": None})

    def test_input_not_modified(self):
        before = [dict(r) for r in RECORDS]
        page(RECORDS, 2)
        self.assertEqual(RECORDS, before)

    def test_validation(self):
        for bad in [0, 101, 2.0, True]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                page(RECORDS, bad)
        with self.assertRaises(InvalidCursor):
            page(RECORDS, 2, "not-a-cursor!")


if __name__ == "__main__":
    unittest.main()
