"""Install order for packages with dependencies.

`graph` maps a package name to the list of packages it depends on; packages
that do not appear as keys have no dependencies.
"""

NEW, VISITING, DONE = 0, 1, 2


class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle


def install_order(graph, roots):
    """Every package needed by `roots`, each exactly once, dependencies before
    the packages that need them. Roots are handled in the given order and
    dependencies in sorted order, so the result is deterministic. Raises
    CycleError when the dependencies needed by `roots` contain a cycle."""
    state = {}
    order = []
    for root in roots:
        if state.get(root, NEW) == DONE:
            continue
        state[root] = VISITING
        stack = [(root, iter(sorted(graph.get(root, ()))))]
        while stack:
            node, deps = stack[-1]
            for dep in deps:
                s = state.get(dep, NEW)
                if s == VISITING:
                    path = [n for n, _ in stack]
                    raise CycleError(path[path.index(dep):] + [dep])
                if s != VISITING:
                    state[dep] = VISITING
                    stack.append((dep, iter(sorted(graph.get(dep, ())))))
                    break
            else:
                stack.pop()
                state[node] = DONE
                order.append(node)
    return order


def layers(graph, roots):
    """Group install_order(graph, roots) into layers: a package's layer is
    1 + the largest layer of its dependencies (0 when it has none)."""
    level = {}
    for pkg in install_order(graph, roots):
        level[pkg] = 1 + max((level[d] for d in graph.get(pkg, ())), default=-1)
    result = {}
    for pkg, lvl in level.items():
        result.setdefault(lvl, []).append(pkg)
    return [result[k] for k in sorted(result)]
