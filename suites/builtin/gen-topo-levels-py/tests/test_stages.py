import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from stages import CycleError, build_stages  # noqa: E402


class BuildStagesTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(
            build_stages({"app": ["lib", "utils"], "lib": ["utils"], "test": ["app"]}),
            [["utils"], ["lib"], ["app"], ["test"]],
        )

    def test_parallel_nodes_sorted(self):
        deps = {"z": [], "b": ["z"], "a": ["z"], "c": [], "d": ["a", "c"]}
        self.assertEqual(build_stages(deps), [["c", "z"], ["a", "b"], ["d"]])

    def test_earliest_stage(self):
        deps = {"final": ["slow3", "fast"], "slow3": ["slow2"], "slow2": ["slow1"], "slow1": [], "fast": []}
        self.assertEqual(build_stages(deps), [["fast", "slow1"], ["slow2"], ["slow3"], ["final"]])

    def test_implicit_nodes_and_duplicates(self):
        self.assertEqual(build_stages({"a": ["x", "x", "y"]}), [["x", "y"], ["a"]])
        self.assertEqual(build_stages({}), [])

    def test_cycle(self):
        with self.assertRaises(CycleError) as ctx:
            build_stages({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": []})
        self.assertEqual(ctx.exception.nodes, ["a", "b", "c", "d"])
        self.assertEqual(str(ctx.exception), "cycle detected: a, b, c, d")

    def test_self_dependency(self):
        with self.assertRaises(CycleError) as ctx:
            build_stages({"a": ["a"], "b": []})
        self.assertEqual(ctx.exception.nodes, ["a"])

    def test_input_not_modified(self):
        deps = {"a": ["b", "b"]}
        build_stages(deps)
        self.assertEqual(deps, {"a": ["b", "b"]})


if __name__ == "__main__":
    unittest.main()
