"""Cheapest routes in a transit network."""

import heapq


class Network:
    def __init__(self):
        self._links: dict[str, dict[str, float]] = {}

    def add_station(self, name: str) -> None:
        self._links.setdefault(name, {})

    def add_link(self, a: str, b: str, cost: float) -> None:
        """Directed link a → b. Costs must be >= 0; a repeated link keeps the cheaper cost."""
        if cost < 0:
            raise ValueError("cost must be non-negative")
        self.add_station(a)
        self.add_station(b)
        old = self._links[a].get(b)
        if old is None or cost < old:
            self._links[a][b] = cost

    def __contains__(self, name: str) -> bool:
        return name in self._links

    def neighbors(self, name: str):
        return self._links[name].items()


def cheapest_route(network: Network, start: str, goal: str):
    """(cost, path) of the cheapest route; ties → fewest links, then smallest path list; None if unreachable."""
    # TODO: implement as documented in instruction.md.
    raise NotImplementedError
