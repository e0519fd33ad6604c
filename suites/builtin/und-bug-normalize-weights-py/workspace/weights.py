"""Weight helpers for the sampling module."""


def normalize(weights):
    """Scale weights so that they sum to 1.

    `weights` is any iterable of non-negative numbers (a list, a tuple, a
    generator, ...) whose sum is positive. Returns a list of floats in input
    order.
    """
    total = sum(weights)
    return [w / total for w in weights]


def cumulative(weights):
    """Running totals of normalize(weights): the last element is 1 up to
    rounding. Accepts the same inputs as normalize."""
    out = []
    acc = 0.0
    for w in normalize(weights):
        acc += w
        out.append(acc)
    return out
