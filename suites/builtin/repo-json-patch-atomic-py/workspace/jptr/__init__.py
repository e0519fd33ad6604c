from .pointer import PointerError, escape, resolve, to_pointer
from .patch import PatchError, apply_patch

__all__ = ["PointerError", "escape", "resolve", "to_pointer", "PatchError", "apply_patch"]
