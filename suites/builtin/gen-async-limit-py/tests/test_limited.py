import asyncio
import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from limited import gather_limited  # noqa: E402


class Probe:
    def __init__(self):
        self.active = 0
        self.peak = 0
        self.started = []
        self.cancelled = []

    def job(self, name, steps=1, result=None, error=None):
        async def run():
            self.started.append(name)
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                for _ in range(steps):
                    await asyncio.sleep(0)
                if error is not None:
                    raise error
                return result if result is not None else name
            except asyncio.CancelledError:
                self.cancelled.append(name)
                raise
            finally:
                self.active -= 1
        return run


class GatherLimitedTest(unittest.IsolatedAsyncioTestCase):
    async def test_results_in_input_order(self):
        p = Probe()
        jobs = [p.job("a", 5), p.job("b", 1), p.job("c", 3), p.job("d", 1)]
        self.assertEqual(await gather_limited(jobs, 2), ["a", "b", "c", "d"])
        self.assertEqual(p.peak, 2)

    async def test_sliding_window(self):
        p = Probe()
        jobs = [p.job("long", 300), p.job("s1", 1), p.job("s2", 1), p.job("s3", 1)]
        task = asyncio.ensure_future(gather_limited(jobs, 2))
        for _ in range(60):
            await asyncio.sleep(0)
        # "long" is still running, yet every short job has already started
        self.assertEqual(p.active, 1)
        self.assertEqual(p.started, ["long", "s1", "s2", "s3"])
        self.assertEqual(await task, ["long", "s1", "s2", "s3"])

    async def test_factories_called_lazily(self):
        calls = []

        def factory(name):
            def make():
                calls.append(name)
                return asyncio.sleep(0, result=name)
            return make

        self.assertEqual(await gather_limited([factory(i) for i in range(5)], 1), [0, 1, 2, 3, 4])
        self.assertEqual(calls, [0, 1, 2, 3, 4])

    async def test_empty_and_validation(self):
        self.assertEqual(await gather_limited([], 3), [])
        called = []
        for bad in [0, -1, 1.5, True]:
            with self.assertRaises(ValueError):
                await gather_limited([lambda: called.append(1)], bad)
        self.assertEqual(called, [])

    async def test_return_exceptions(self):
        p = Probe()
        err = KeyError("x")
        out = await gather_limited([p.job("a"), p.job("b", error=err), p.job("c")], 2, return_exceptions=True)
        self.assertEqual(out, ["a", err, "c"])

    async def test_fail_fast_cancels_running_and_stops_starting(self):
        p = Probe()
        jobs = [p.job("slow", 50), p.job("bad", 2, error=ValueError("boom")), p.job("never", 1)]
        with self.assertRaises(ValueError) as ctx:
            await gather_limited(jobs, 2)
        self.assertEqual(str(ctx.exception), "boom")
        self.assertEqual(p.started, ["slow", "bad"])
        self.assertEqual(p.cancelled, ["slow"])
        self.assertEqual(p.active, 0)

    async def test_simultaneous_failures_raise_first_in_list(self):
        p = Probe()
        jobs = [p.job("x", 1, error=RuntimeError("first")), p.job("y", 1, error=RuntimeError("second"))]
        with self.assertRaises(RuntimeError) as ctx:
            await gather_limited(jobs, 2)
        self.assertEqual(str(ctx.exception), "first")

    async def test_outer_cancellation(self):
        p = Probe()
        task = asyncio.ensure_future(gather_limited([p.job("a", 100), p.job("b", 100)], 2))
        for _ in range(3):
            await asyncio.sleep(0)
        task.cancel()
        with self.assertRaises(asyncio.CancelledError):
            await task
        self.assertEqual(sorted(p.cancelled), ["a", "b"])
        self.assertEqual(p.active, 0)


if __name__ == "__main__":
    unittest.main()
