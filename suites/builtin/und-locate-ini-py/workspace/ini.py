"""A small INI parser for service configuration files.

Format:
  [section]           starts a section (names are case-sensitive)
  key = value         key and value are stripped of surrounding spaces;
                      the value is everything after the FIRST "="
  # comment, ; comment  whole-line comments (after optional indentation)
  blank lines are ignored

Keys before the first section go into the section "" (the empty string).
A key repeated in the same section keeps its last value. A section header
that appears twice continues the same section.
"""


class IniError(ValueError):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def parse(text):
    """Returns {section: {key: value}} with sections and keys in order of first appearance."""
    sections = {"": {}}
    current = sections[""]
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise IniError(lineno, f"unterminated section header: {line!r}")
            name = line[1:-1].strip()
            if not name:
                raise IniError(lineno, "empty section name")
            current = sections.setdefault(name, {})
            continue
        if "=" not in line:
            raise IniError(lineno, f"expected key = value: {line!r}")
        key, _, value = line.rpartition("=")
        key = key.strip()
        if not key:
            raise IniError(lineno, "empty key")
        current[key] = value.strip()
    if not sections[""]:
        del sections[""]
    return sections


def get(sections, section, key, default=None):
    return sections.get(section, {}).get(key, default)


def get_int(sections, section, key, default=0):
    value = get(sections, section, key)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"[{section}] {key} is not an integer: {value!r}") from None
