from .defaults import DEFAULTS
from .loader import load

__all__ = ["DEFAULTS", "load"]
