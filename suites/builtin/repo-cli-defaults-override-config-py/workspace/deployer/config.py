import json

DEFAULTS = {"timeout": 30, "retries": 3, "region": "eu-west-1", "verbose": False}
KNOWN = set(DEFAULTS)


def read_config_file(path):
    """The settings in a JSON config file; unknown keys are an error."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    unknown = set(data) - KNOWN
    if unknown:
        raise ValueError(f"unknown settings in {path}: {', '.join(sorted(unknown))}")
    return data
