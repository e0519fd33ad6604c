from .defaults import DEFAULTS
from .merge import merge


def load(*layers):
    """The effective configuration: DEFAULTS with every layer merged on top, in order."""
    config = merge(DEFAULTS, {})
    for layer in layers:
        config = merge(config, layer)
    return config
