"""Group a dependency graph into build stages."""


class CycleError(Exception):
    def __init__(self, nodes: list[str]):
        super().__init__("cycle detected: " + ", ".join(nodes))
        self.nodes = nodes


def build_stages(deps: dict[str, list[str]]) -> list[list[str]]:
    graph: dict[str, set[str]] = {}
    for node, requires in deps.items():
        graph.setdefault(node, set()).update(requires)
        for r in requires:
            graph.setdefault(r, set())
    stage_of: dict[str, int] = {}
    remaining = set(graph)
    stages: list[list[str]] = []
    while remaining:
        ready = sorted(n for n in remaining if all(d in stage_of or d == n for d in graph[n]))
        if not ready:
            raise CycleError(sorted(remaining))
        for n in ready:
            stage_of[n] = len(stages)
        remaining.difference_update(ready)
        stages.append(ready)
    return stages
