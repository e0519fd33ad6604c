import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from histogram import bucket_counts, render  # noqa: E402


class BucketCountsTest(unittest.TestCase):
    def test_half_open_buckets(self):
        self.assertEqual(bucket_counts([0, 5, 9.99, 10, 15, 20], [0, 10, 20, 30]), ([3, 2, 1], 0))

    def test_last_bucket_is_closed(self):
        self.assertEqual(bucket_counts([30, 29.5, 20], [0, 10, 20, 30]), ([0, 0, 3], 0))
        self.assertEqual(bucket_counts([1], [0, 1]), ([1], 0))

    def test_outside(self):
        self.assertEqual(bucket_counts([-1, 0, 30.01, 100], [0, 10, 20, 30]), ([1, 0, 0], 3))

    def test_empty_values(self):
        self.assertEqual(bucket_counts([], [0, 1, 2]), ([0, 0], 0))

    def test_invalid_edges(self):
        for edges in [[1], [], [0, 0], [0, 2, 1]]:
            with self.assertRaises(ValueError, msg=repr(edges)):
                bucket_counts([1], edges)

    def test_render(self):
        out = render([1, 2, 2, 3, 3, 3, 9], [1, 2, 3], width=6)
        self.assertEqual(out, "[1, 2) # 1\n[2, 3] ###### 5\noutside: 1")


if __name__ == "__main__":
    unittest.main()
