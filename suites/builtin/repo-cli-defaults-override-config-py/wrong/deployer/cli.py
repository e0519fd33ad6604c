"""Command line of the deployer."""
import argparse

from .config import DEFAULTS, read_config_file


def build_parser():
    # No argparse defaults: an option the user did not give stays None, so that the config file
    # and DEFAULTS can fill it in.
    p = argparse.ArgumentParser(prog="deploy")
    p.add_argument("target")
    p.add_argument("--config", help="JSON file with settings")
    p.add_argument("--timeout", type=int, default=None)
    p.add_argument("--retries", type=int, default=None)
    p.add_argument("--region", default=None)
    p.add_argument("-v", "--verbose", action="store_const", const=True, default=None)
    return p


def parse_settings(argv):
    """The effective settings for a deploy (see README.md)."""
    args = vars(build_parser().parse_args(argv))
    config_path = args.pop("config")
    settings = dict(DEFAULTS)
    if config_path:
        settings.update(read_config_file(config_path))
    settings.update({key: value for key, value in args.items() if value})
    return settings
