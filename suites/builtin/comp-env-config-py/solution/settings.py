"""Typed settings from environment variables."""

import math
import re
from dataclasses import dataclass, field as dc_field
from typing import Any


class SettingsError(Exception):
    pass


@dataclass(frozen=True)
class Field:
    name: str
    type: type
    default: Any = None
    required: bool = False
    choices: tuple | None = dc_field(default=None)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _convert(field: Field, raw: str):
    """Convert raw env text to field.type (str, int, float, bool, list), then check choices.

    Raises SettingsError(f"{field.name}: invalid value {raw!r}") on any problem.
    """
    def bad():
        return SettingsError(f"{field.name}: invalid value {raw!r}")

    if field.type is str:
        value = raw
    elif field.type is int:
        if not re.fullmatch(r"[+-]?[0-9]+", raw.strip()):
            raise bad()
        value = int(raw.strip())
    elif field.type is float:
        try:
            value = float(raw.strip())
        except ValueError:
            raise bad() from None
        if not math.isfinite(value):
            raise bad()
    elif field.type is bool:
        text = raw.strip().lower()
        if text in _TRUE:
            value = True
        elif text in _FALSE:
            value = False
        else:
            raise bad()
    elif field.type is list:
        value = [item.strip() for item in raw.split(",") if item.strip()]
    else:
        raise TypeError(f"unsupported type {field.type!r}")
    if field.choices is not None:
        items = value if field.type is list else [value]
        if any(item not in field.choices for item in items):
            raise bad()
    return value


def load_settings(fields: list[Field], env: dict[str, str]) -> dict[str, Any]:
    """Values for every field: converted env value, else default; missing required → SettingsError."""
    out = {}
    for f in fields:
        if f.name in env:
            out[f.name] = _convert(f, env[f.name])
        elif f.required:
            raise SettingsError(f"{f.name}: missing required setting")
        else:
            out[f.name] = f.default
    return out
