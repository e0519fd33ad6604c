"""Masking helpers for log output."""


def mask_value(value: str, visible: int = 4, mask_char: str = "*") -> str:
    if not isinstance(visible, int) or isinstance(visible, bool) or visible < 0:
        raise ValueError("visible must be a non-negative int")
    if not isinstance(mask_char, str) or len(mask_char) != 1:
        raise ValueError("mask_char must be one character")
    if len(value) <= 2 * visible:
        return mask_char * len(value)
    return mask_char * (len(value) - visible) + value[-visible:]


def mask_email(email: str) -> str:
    if email.count("@") != 1:
        raise ValueError("invalid email")
    local, domain = email.split("@")
    if not local or not domain:
        raise ValueError("invalid email")
    if len(local) <= 2:
        masked = "*" * len(local)
    else:
        masked = local[0] + "*" * (len(local) - 2) + local[-1]
    return f"{masked}@{domain}"
