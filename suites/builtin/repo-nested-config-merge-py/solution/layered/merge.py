"""Merging of configuration layers."""


def merge(base, override):
    """Return a new dict: `base` with the values of `override` applied on top.

    See README.md for the rules.
    """
    result = {}
    for key, value in base.items():
        result[key] = merge(value, {}) if isinstance(value, dict) else value
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        elif isinstance(value, dict):
            result[key] = merge(value, {})
        else:
            result[key] = value
    return result
