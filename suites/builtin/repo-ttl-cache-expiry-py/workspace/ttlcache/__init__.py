from .cache import TTLCache

__all__ = ["TTLCache"]
