import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from breaker import CircuitBreaker, CircuitOpenError  # noqa: E402


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


class Boom(Exception):
    pass


def fail():
    raise Boom("down")


def ok():
    return "ok"


class BreakerTest(unittest.TestCase):
    def setUp(self):
        self.clock = Clock()
        self.b = CircuitBreaker(failure_threshold=3, reset_timeout=10, expected=(Boom,), clock=self.clock)

    def trip(self):
        for _ in range(3):
            with self.assertRaises(Boom):
                self.b.call(fail)

    def test_closed_passes_results_and_args(self):
        self.assertEqual(self.b.call(lambda a, b=0: a + b, 2, b=3), 5)
        self.assertEqual(self.b.state, "closed")

    def test_trips_after_consecutive_failures(self):
        with self.assertRaises(Boom):
            self.b.call(fail)
        with self.assertRaises(Boom):
            self.b.call(fail)
        self.assertEqual(self.b.state, "closed")
        self.assertEqual(self.b.failures, 2)
        with self.assertRaises(Boom):
            self.b.call(fail)
        self.assertEqual(self.b.state, "open")
        self.assertEqual(self.b.opened_at, 100.0)

    def test_success_resets_the_count(self):
        for _ in range(2):
            with self.assertRaises(Boom):
                self.b.call(fail)
        self.b.call(ok)
        self.assertEqual(self.b.failures, 0)
        for _ in range(2):
            with self.assertRaises(Boom):
                self.b.call(fail)
        self.assertEqual(self.b.state, "closed")

    def test_open_rejects_without_calling(self):
        self.trip()
        calls = []
        self.clock.t = 104
        with self.assertRaises(CircuitOpenError) as ctx:
            self.b.call(lambda: calls.append(1))
        self.assertEqual(calls, [])
        self.assertAlmostEqual(ctx.exception.retry_after, 6)

    def test_half_open_success_closes(self):
        self.trip()
        self.clock.t = 110
        self.assertEqual(self.b.call(ok), "ok")
        self.assertEqual(self.b.state, "closed")
        self.assertEqual(self.b.failures, 0)

    def test_half_open_failure_reopens_from_now(self):
        self.trip()
        self.clock.t = 115
        with self.assertRaises(Boom):
            self.b.call(fail)
        self.assertEqual(self.b.state, "open")
        self.assertEqual(self.b.opened_at, 115)
        self.clock.t = 120
        with self.assertRaises(CircuitOpenError) as ctx:
            self.b.call(ok)
        self.assertAlmostEqual(ctx.exception.retry_after, 5)
        self.clock.t = 125
        self.assertEqual(self.b.call(ok), "ok")

    def test_unexpected_exceptions(self):
        def type_error():
            raise TypeError("bug")

        for _ in range(5):
            with self.assertRaises(TypeError):
                self.b.call(type_error)
        self.assertEqual(self.b.state, "closed")
        self.assertEqual(self.b.failures, 0)
        self.trip()
        self.clock.t = 200
        with self.assertRaises(TypeError):
            self.b.call(type_error)
        self.assertEqual(self.b.state, "closed")


if __name__ == "__main__":
    unittest.main()
