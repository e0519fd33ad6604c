"""Command line of the deployer."""
import argparse

from .config import DEFAULTS, read_config_file


def build_parser():
    p = argparse.ArgumentParser(prog="deploy")
    p.add_argument("target")
    p.add_argument("--config", help="JSON file with settings")
    p.add_argument("--timeout", type=int, default=DEFAULTS["timeout"])
    p.add_argument("--retries", type=int, default=DEFAULTS["retries"])
    p.add_argument("--region", default=DEFAULTS["region"])
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def parse_settings(argv):
    """The effective settings for a deploy (see README.md)."""
    args = vars(build_parser().parse_args(argv))
    config_path = args.pop("config")
    settings = dict(DEFAULTS)
    if config_path:
        settings.update(read_config_file(config_path))
    settings.update(args)
    return settings
