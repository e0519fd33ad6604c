"""Merging of configuration layers."""


def merge(base, override):
    """Return a new dict: `base` with the values of `override` applied on top.

    See README.md for the rules.
    """
    result = dict(base)
    result.update(override)
    return result
