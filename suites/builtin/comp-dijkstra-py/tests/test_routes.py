import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from routes import Network, cheapest_route  # noqa: E402


def net(*links):
    n = Network()
    for a, b, c in links:
        n.add_link(a, b, c)
    return n


class CheapestRouteTest(unittest.TestCase):
    def test_simple(self):
        n = net(("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 1))
        self.assertEqual(cheapest_route(n, "A", "D"), (4, ["A", "C", "B", "D"]))

    def test_start_is_goal_and_unreachable(self):
        n = net(("A", "B", 1))
        n.add_station("Z")
        self.assertEqual(cheapest_route(n, "A", "A"), (0, ["A"]))
        self.assertIsNone(cheapest_route(n, "B", "A"))
        self.assertIsNone(cheapest_route(n, "A", "Z"))

    def test_unknown_station(self):
        n = net(("A", "B", 1))
        with self.assertRaises(KeyError):
            cheapest_route(n, "X", "A")
        with self.assertRaises(KeyError):
            cheapest_route(n, "A", "X")

    def test_tie_prefers_fewer_links(self):
        n = net(("A", "B", 1), ("B", "C", 1), ("C", "D", 1), ("A", "D", 3))
        self.assertEqual(cheapest_route(n, "A", "D"), (3, ["A", "D"]))

    def test_tie_prefers_smallest_path(self):
        n = net(("S", "Y", 1), ("S", "X", 1), ("Y", "T", 1), ("X", "T", 1))
        self.assertEqual(cheapest_route(n, "S", "T"), (2, ["S", "X", "T"]))
        n2 = net(("S", "B", 1), ("S", "A", 2), ("B", "Z", 2), ("A", "Z", 1), ("Z", "T", 1))
        self.assertEqual(cheapest_route(n2, "S", "T"), (4, ["S", "A", "Z", "T"]))

    def test_zero_costs_and_repeated_links(self):
        n = net(("A", "B", 0), ("B", "C", 0), ("A", "C", 5), ("A", "C", 0))
        self.assertEqual(cheapest_route(n, "A", "C"), (0, ["A", "C"]))

    def test_float_costs(self):
        n = net(("A", "B", 0.5), ("B", "C", 0.25), ("A", "C", 1))
        self.assertEqual(cheapest_route(n, "A", "C"), (0.75, ["A", "B", "C"]))


if __name__ == "__main__":
    unittest.main()
