import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from timers import TimerQueue  # noqa: E402


class RunUntilTest(unittest.TestCase):
    def test_order_and_now(self):
        q = TimerQueue()
        log = []
        q.call_at(5, lambda: log.append(("b", q.now)))
        q.call_at(2, lambda: log.append(("a", q.now)))
        q.call_at(5, lambda: log.append(("c", q.now)))
        q.call_at(9, lambda: log.append(("late", q.now)))
        self.assertEqual(q.run_until(5), 3)
        self.assertEqual(log, [("a", 2), ("b", 5), ("c", 5)])
        self.assertEqual(q.now, 5)
        self.assertEqual(q.run_until(7), 0)
        self.assertEqual(q.now, 7)

    def test_backwards_time(self):
        q = TimerQueue(start=10)
        with self.assertRaises(ValueError):
            q.run_until(9)

    def test_cancel(self):
        q = TimerQueue()
        log = []
        tid = q.call_later(1, lambda: log.append("x"))
        q.call_later(1, lambda: log.append("y"))
        q.cancel(tid)
        self.assertEqual(q.run_until(10), 1)
        self.assertEqual(log, ["y"])

    def test_callbacks_schedule_due_timers(self):
        q = TimerQueue()
        log = []

        def first():
            log.append(("first", q.now))
            q.call_later(0, lambda: log.append(("zero-delay", q.now)))
            q.call_later(2, lambda: log.append(("two", q.now)))

        q.call_at(1, first)
        q.call_at(1, lambda: log.append(("same-time", q.now)))
        self.assertEqual(q.run_until(3), 4)
        self.assertEqual(log, [("first", 1), ("same-time", 1), ("zero-delay", 1), ("two", 3)])

    def test_repeating(self):
        q = TimerQueue()
        ticks = []
        q.call_every(3, lambda: ticks.append(q.now))
        q.call_at(6, lambda: ticks.append("once@6"))
        self.assertEqual(q.run_until(10), 4)
        self.assertEqual(ticks, [3, "once@6", 6, 9])

    def test_repeating_same_time_order_uses_new_seq(self):
        q = TimerQueue()
        log = []
        q.call_every(2, lambda: log.append("rep"))
        q.call_at(4, lambda: log.append("one-shot"))
        q.run_until(4)
        self.assertEqual(log, ["rep", "one-shot", "rep"])

    def test_cancel_repeating_from_inside_and_outside(self):
        q = TimerQueue()
        count = {"n": 0}
        ids = {}

        def tick():
            count["n"] += 1
            if count["n"] == 3:
                q.cancel(ids["t"])

        ids["t"] = q.call_every(1, tick)
        q.run_until(10)
        self.assertEqual(count["n"], 3)
        other = []
        tid = q.call_every(1, lambda: other.append(q.now), first_delay=0)
        q.run_until(12)
        q.cancel(tid)
        q.run_until(20)
        self.assertEqual(other, [10, 11, 12])


if __name__ == "__main__":
    unittest.main()
