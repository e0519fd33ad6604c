"""Quota checks for the API gateway."""


def build_checks(limits):
    """`limits` is a dict {name: maximum} of numbers. Returns a dict
    {name: check} where check(value) is True exactly when value <= the
    maximum of that name. Later changes to `limits` do not affect the
    returned checks."""
    checks = {}
    for name, maximum in limits.items():
        checks[name] = lambda value, maximum=maximum: value <= maximum
    return checks


def violations(checks, usage):
    """Names (sorted) whose check fails for the value in `usage` (a dict
    {name: value}); names missing from `usage` are not checked."""
    return sorted(name for name, check in checks.items() if name in usage and not check(usage[name]))
