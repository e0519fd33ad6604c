"""Merging of configuration layers."""


def merge(base, override):
    """Return a new dict: `base` with the values of `override` applied on top.

    See README.md for the rules.
    """
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base
