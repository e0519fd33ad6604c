import unittest

from pager import paginate, page_count, page_window


class PageCountTests(unittest.TestCase):
    def test_issue_exact_multiple(self):
        page = paginate(list(range(20)), 2, 10)
        self.assertEqual(page.pages, 2)
        self.assertFalse(page.has_next)
        with self.assertRaises(ValueError):
            paginate(list(range(20)), 3, 10)

    def test_issue_page_counts(self):
        self.assertEqual([page_count(n, 5) for n in (1, 4, 5, 6, 10, 11)], [1, 1, 1, 2, 2, 3])
        self.assertEqual(page_count(7, 1), 7)

    def test_issue_window_on_exact_multiple(self):
        self.assertEqual(page_window(2, 20, 10), [1, 2])
        self.assertEqual(page_window(10, 100, 10), [6, 7, 8, 9, 10])

    def test_window_in_the_middle(self):
        self.assertEqual(page_window(5, 95, 10), [3, 4, 5, 6, 7])
        self.assertEqual(page_window(1, 95, 10), [1, 2, 3, 4, 5])

    def test_empty_and_partial(self):
        self.assertEqual(page_count(0, 10), 1)
        self.assertEqual(page_count(25, 10), 3)
        self.assertEqual(page_window(1, 0, 10), [1])
