import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from slots import free_slots  # noqa: E402


class FreeSlotsTest(unittest.TestCase):
    def test_example(self):
        busy = [("09:30", "10:00"), ("09:45", "11:00"), ("13:00", "14:00")]
        self.assertEqual(
            free_slots(busy, "09:00", "17:00", 30),
            [("09:00", "09:30"), ("11:00", "13:00"), ("14:00", "17:00")],
        )

    def test_unsorted_touching_and_exact_minimum(self):
        busy = [("14:00", "15:00"), ("10:00", "11:00"), ("11:00", "12:00"), ("12:30", "14:00")]
        self.assertEqual(free_slots(busy, "10:00", "16:00", 30), [("12:00", "12:30"), ("15:00", "16:00")])
        self.assertEqual(free_slots(busy, "10:00", "16:00", 31), [("15:00", "16:00")])

    def test_clipping_and_outside_intervals(self):
        busy = [("07:00", "09:15"), ("16:45", "19:00"), ("20:00", "21:00")]
        self.assertEqual(free_slots(busy, "09:00", "17:00", 15), [("09:15", "16:45")])
        self.assertEqual(free_slots([], "09:00", "09:10", 10), [("09:00", "09:10")])
        self.assertEqual(free_slots([], "09:00", "09:10", 11), [])

    def test_buffer(self):
        busy = [("10:00", "11:00"), ("11:20", "12:00")]
        self.assertEqual(free_slots(busy, "09:00", "13:00", 15, buffer=10),
                         [("09:00", "09:50"), ("12:10", "13:00")])
        self.assertEqual(free_slots(busy, "09:00", "13:00", 20, buffer=0),
                         [("09:00", "10:00"), ("11:00", "11:20"), ("12:00", "13:00")])
        self.assertEqual(free_slots([("09:05", "09:30")], "09:00", "10:00", 5, buffer=10), [("09:40", "10:00")])

    def test_midnight(self):
        self.assertEqual(free_slots([("00:00", "08:00"), ("22:00", "24:00")], "00:00", "24:00", 60), [("08:00", "22:00")])
        self.assertEqual(free_slots([("00:00", "23:00")], "00:00", "24:00", 60), [("23:00", "24:00")])

    def test_fully_busy(self):
        self.assertEqual(free_slots([("08:00", "18:00")], "09:00", "17:00", 1), [])

    def test_validation(self):
        bad_calls = [
            lambda: free_slots([("9:00", "10:00")], "08:00", "17:00", 30),
            lambda: free_slots([("10:00", "10:00")], "08:00", "17:00", 30),
            lambda: free_slots([("11:00", "10:00")], "08:00", "17:00", 30),
            lambda: free_slots([("24:00", "24:00")], "08:00", "24:00", 30),
            lambda: free_slots([], "24:00", "24:00", 30),
            lambda: free_slots([], "17:00", "08:00", 30),
            lambda: free_slots([], "08:00", "17:60", 30),
            lambda: free_slots([], "08:00", "17:00", 0),
            lambda: free_slots([], "08:00", "17:00", 30, buffer=-5),
        ]
        for i, call in enumerate(bad_calls):
            with self.assertRaises(ValueError, msg=str(i)):
                call()


if __name__ == "__main__":
    unittest.main()
