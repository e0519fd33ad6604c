import asyncio
import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from pool import WorkerPool  # noqa: E402


class Flaky(Exception):
    pass


def guarded(test):
    """Fail instead of hanging when the pool never finishes (1 s guard, not a timing assertion)."""
    async def wrapper(self):
        await asyncio.wait_for(test(self), 1)
    return wrapper


async def raised(awaitable):
    try:
        await awaitable
    except Exception as err:  # noqa: BLE001
        return err
    return None


class PoolTest(unittest.IsolatedAsyncioTestCase):
    @guarded
    async def test_results(self):
        async def double(x):
            await asyncio.sleep(0)
            return x * 2

        pool = WorkerPool(double, workers=3)
        pool.start()
        futures = [pool.submit(i) for i in range(10)]
        self.assertEqual(await asyncio.gather(*futures), [i * 2 for i in range(10)])
        await pool.close()
        self.assertEqual(pool.stats, {"ok": 10, "failed": 0, "retried": 0, "skipped": 0})

    @guarded
    async def test_failures_go_to_the_future(self):
        async def handler(x):
            if x == "bad":
                raise KeyError(x)
            return x

        pool = WorkerPool(handler, workers=1)
        pool.start()
        good, bad = pool.submit("good"), pool.submit("bad")
        self.assertEqual(await good, "good")
        self.assertIsInstance(await raised(bad), KeyError)
        await pool.close()
        self.assertEqual(pool.stats["failed"], 1)

    @guarded
    async def test_retries_requeue_at_the_back(self):
        calls = []
        failures = {"a": 2}

        async def handler(x):
            calls.append(x)
            if failures.get(x, 0) > 0:
                failures[x] -= 1
                raise Flaky(x)
            return x.upper()

        pool = WorkerPool(handler, workers=1, max_retries=3, retry_on=(Flaky,))
        fa, fb, fc = pool.submit("a"), pool.submit("b"), pool.submit("c")
        pool.start()
        self.assertEqual(await asyncio.gather(fa, fb, fc), ["A", "B", "C"])
        self.assertEqual(calls, ["a", "b", "c", "a", "a"])
        await pool.close()
        self.assertEqual(pool.stats, {"ok": 3, "failed": 0, "retried": 2, "skipped": 0})

    @guarded
    async def test_retry_limit_and_non_retryable(self):
        calls = []

        async def handler(x):
            calls.append(x)
            if x == "always":
                raise Flaky("nope")
            raise ValueError("fatal")

        pool = WorkerPool(handler, workers=1, max_retries=2, retry_on=(Flaky,))
        pool.start()
        f1, f2 = pool.submit("always"), pool.submit("fatal")
        self.assertIsInstance(await raised(f1), Flaky)
        self.assertIsInstance(await raised(f2), ValueError)
        await pool.close()
        self.assertEqual(calls.count("always"), 3)
        self.assertEqual(calls.count("fatal"), 1)
        self.assertEqual(pool.stats, {"ok": 0, "failed": 2, "retried": 2, "skipped": 0})

    @guarded
    async def test_cancelled_jobs_are_skipped(self):
        seen = []

        async def handler(x):
            seen.append(x)
            return x

        pool = WorkerPool(handler, workers=1)
        f1, f2, f3 = pool.submit(1), pool.submit(2), pool.submit(3)
        f2.cancel()
        pool.start()
        self.assertEqual(await f1, 1)
        self.assertEqual(await f3, 3)
        await pool.close()
        self.assertEqual(seen, [1, 3])
        self.assertEqual(pool.stats["skipped"], 1)

    @guarded
    async def test_close_drains_and_rejects_new_jobs(self):
        async def slow(x):
            for _ in range(3):
                await asyncio.sleep(0)
            return x

        pool = WorkerPool(slow, workers=2)
        pool.start()
        futures = [pool.submit(i) for i in range(5)]
        await pool.close()
        self.assertTrue(all(f.done() for f in futures))
        with self.assertRaises(RuntimeError):
            pool.submit(99)


if __name__ == "__main__":
    unittest.main()
