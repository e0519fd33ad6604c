"""Role permissions. A role spec is a comma-separated list of permission
names, e.g. "read, write,admin"."""
from functools import lru_cache


@lru_cache(maxsize=256)
def _parse(spec):
    return [p.strip() for p in spec.split(",") if p.strip()]


def permissions_for(spec, extra=()):
    """A new list: the permissions named in `spec`, in order, followed by the
    names in `extra` (an iterable of strings) that are not already present,
    in order. The caller may modify the returned list freely.

    spec is a string; names contain no commas.
    """
    perms = _parse(spec)
    for name in extra:
        if name not in perms:
            perms.append(name)
    return perms


def can(spec, permission, extra=()):
    """True if `permission` is among permissions_for(spec, extra)."""
    return permission in permissions_for(spec, extra)
