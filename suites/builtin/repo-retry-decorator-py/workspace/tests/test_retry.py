import unittest

from resilience import retry


class RetryTests(unittest.TestCase):
    def test_returns_value(self):
        @retry(times=3, sleep=lambda s: None)
        def ok():
            return 42
        self.assertEqual(ok(), 42)

    def test_retries_then_succeeds_with_backoff(self):
        sleeps = []
        calls = []

        @retry(times=4, exceptions=(ConnectionError,), delay=0.5, sleep=sleeps.append)
        def flaky(x):
            calls.append(x)
            if len(calls) < 3:
                raise ConnectionError("reset")
            return x * 2
        self.assertEqual(flaky(5), 10)
        self.assertEqual(calls, [5, 5, 5])
        self.assertEqual(sleeps, [0.5, 1.0])

    def test_gives_up_and_reraises_last_error(self):
        calls = []

        @retry(times=3, exceptions=(ConnectionError,), sleep=lambda s: None)
        def down():
            calls.append(1)
            raise ConnectionError(f"attempt {len(calls)}")
        with self.assertRaisesRegex(ConnectionError, "attempt 3"):
            down()
        self.assertEqual(len(calls), 3)
