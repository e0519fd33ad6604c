import unittest

from pager import paginate


class PaginateTests(unittest.TestCase):
    def test_first_page(self):
        page = paginate(list(range(25)), 1, 10)
        self.assertEqual(page.items, list(range(10)))
        self.assertEqual((page.total, page.pages, page.has_prev, page.has_next), (25, 3, False, True))

    def test_last_partial_page(self):
        page = paginate(list(range(25)), 3, 10)
        self.assertEqual(page.items, [20, 21, 22, 23, 24])
        self.assertFalse(page.has_next)
        self.assertTrue(page.has_prev)

    def test_out_of_range_pages_raise(self):
        with self.assertRaises(ValueError):
            paginate(list(range(25)), 4, 10)
        with self.assertRaises(ValueError):
            paginate(list(range(25)), 0, 10)

    def test_empty_list_has_one_empty_page(self):
        page = paginate([], 1, 10)
        self.assertEqual((page.items, page.pages, page.has_next), ([], 1, False))
