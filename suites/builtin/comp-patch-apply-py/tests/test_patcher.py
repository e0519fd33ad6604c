import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from patcher import Hunk, PatchError, apply_hunks, apply_patch  # noqa: E402

ORIGINAL = "".join(f"line {i}\n" for i in range(1, 11))


class ApplyTest(unittest.TestCase):
    def test_single_hunk(self):
        diff = "--- a\n+++ b\n@@ -2,3 +2,3 @@\n line 2\n-line 3\n+LINE THREE\n line 4\n"
        self.assertEqual(apply_patch(ORIGINAL, diff), ORIGINAL.replace("line 3\n", "LINE THREE\n"))

    def test_offsets_accumulate(self):
        diff = (
            "@@ -1,2 +1,4 @@\n line 1\n+new a\n+new b\n line 2\n"
            "@@ -5,3 +7,2 @@\n line 5\n-line 6\n line 7\n"
            "@@ -9,2 +10,3 @@\n line 9\n+inserted\n line 10\n"
        )
        expected = ["line 1", "new a", "new b", "line 2", "line 3", "line 4", "line 5", "line 7", "line 8",
                    "line 9", "inserted", "line 10"]
        self.assertEqual(apply_patch(ORIGINAL, diff), "\n".join(expected) + "\n")

    def test_pure_insertions(self):
        lines = ["a", "b"]
        self.assertEqual(apply_hunks(lines, [Hunk(0, 0, 1, 1, [("+", "top")])]), ["top", "a", "b"])
        self.assertEqual(apply_hunks(lines, [Hunk(2, 0, 3, 1, [("+", "end")])]), ["a", "b", "end"])
        both = [Hunk(0, 0, 1, 2, [("+", "x"), ("+", "y")]), Hunk(1, 0, 4, 1, [("+", "after a")])]
        self.assertEqual(apply_hunks(lines, both), ["x", "y", "a", "after a", "b"])
        self.assertEqual(lines, ["a", "b"])

    def test_deleting_everything(self):
        self.assertEqual(apply_hunks(["a", "b"], [Hunk(1, 2, 0, 0, [("-", "a"), ("-", "b")])]), [])

    def test_context_mismatch(self):
        diff = "@@ -2,2 +2,2 @@\n line 2\n-line 99\n+x\n"
        with self.assertRaises(PatchError) as ctx:
            apply_patch(ORIGINAL, diff)
        self.assertEqual(str(ctx.exception), "hunk 1 does not apply")
        diff2 = "@@ -1,1 +1,1 @@\n-line 1\n+one\n@@ -3,1 +3,1 @@\n-line 4\n+four\n"
        with self.assertRaises(PatchError) as ctx:
            apply_patch(ORIGINAL, diff2)
        self.assertEqual(str(ctx.exception), "hunk 2 does not apply")

    def test_no_fuzz_past_the_end(self):
        with self.assertRaises(PatchError):
            apply_hunks(["a"], [Hunk(2, 1, 2, 1, [(" ", "a")])])
        with self.assertRaises(PatchError):
            apply_hunks(["a"], [Hunk(2, 0, 3, 1, [("+", "x")])])

    def test_overlapping_or_unordered(self):
        h1 = Hunk(3, 2, 3, 2, [(" ", "line 3"), (" ", "line 4")])
        h2 = Hunk(4, 1, 4, 1, [(" ", "line 4")])
        with self.assertRaises(PatchError) as ctx:
            apply_hunks(ORIGINAL.split("\n")[:-1], [h1, h2])
        self.assertEqual(str(ctx.exception), "hunk 2 overlaps")
        with self.assertRaises(PatchError):
            apply_hunks(ORIGINAL.split("\n")[:-1], [h2, Hunk(1, 1, 1, 1, [(" ", "line 1")])])


if __name__ == "__main__":
    unittest.main()
