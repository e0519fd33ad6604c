"""A minimal HTTP router with typed path parameters."""

import re

_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::(int|slug|path))?\}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_INT = re.compile(r"[0-9]+")


class NotFound(Exception):
    def __init__(self, path: str):
        super().__init__(f"no route for {path}")
        self.path = path


class MethodNotAllowed(Exception):
    def __init__(self, path: str, allowed: list[str]):
        super().__init__(f"{path}: allowed {', '.join(allowed)}")
        self.path = path
        self.allowed = allowed


class Router:
    def __init__(self):
        self._routes: list[tuple[str, list[tuple], object]] = []

    @staticmethod
    def _compile(pattern: str) -> list[tuple]:
        if not pattern.startswith("/"):
            raise ValueError("pattern must start with /")
        segments = []
        parts = pattern[1:].split("/")
        for i, part in enumerate(parts):
            m = _PARAM.fullmatch(part)
            if m:
                kind = m[2] or "str"
                if kind == "path" and i != len(parts) - 1:
                    raise ValueError("{name:path} must be the last segment")
                segments.append(("param", m[1], kind))
            else:
                segments.append(("lit", part))
        return segments

    def add(self, method: str, pattern: str, handler) -> None:
        self._routes.append((method.upper(), self._compile(pattern), handler))

    @staticmethod
    def _match_segments(segments: list[tuple], parts: list[str]):
        """Params dict if the path parts match the compiled segments, else None."""
        params = {}
        for i, seg in enumerate(segments):
            if seg[0] == "param" and seg[2] == "path":
                rest = parts[i:]
                if not rest or "/".join(rest) == "":
                    return None
                params[seg[1]] = "/".join(rest)
                return params
            if i >= len(parts):
                return None
            part = parts[i]
            if seg[0] == "lit":
                if part != seg[1]:
                    return None
            elif seg[2] == "int":
                if not _INT.fullmatch(part):
                    return None
                params[seg[1]] = int(part)
            elif seg[2] == "slug":
                if not _SLUG.fullmatch(part):
                    return None
                params[seg[1]] = part
            else:
                if part == "":
                    return None
                params[seg[1]] = part
        return params if len(parts) == len(segments) else None

    def match(self, method: str, path: str):
        """(handler, params) for the first matching route; NotFound / MethodNotAllowed otherwise."""
        if not path.startswith("/"):
            raise NotFound(path)
        parts = path[1:].split("/")
        method = method.upper()
        allowed = set()
        for route_method, segments, handler in self._routes:
            params = self._match_segments(segments, parts)
            if params is None:
                continue
            if route_method == method:
                return handler, params
            allowed.add(route_method)
        if allowed:
            raise MethodNotAllowed(path, sorted(allowed))
        raise NotFound(path)
