import json
import os
import tempfile
import unittest

from deployer.cli import parse_settings


class SettingsTests(unittest.TestCase):
    def test_defaults_without_file(self):
        self.assertEqual(parse_settings(["prod"]), {"target": "prod", "timeout": 30, "retries": 3, "verbose": False, "region": "eu-west-1"})

    def test_flags(self):
        s = parse_settings(["prod", "--timeout", "60", "--retries", "5", "-v", "--region", "us-east-1"])
        self.assertEqual((s["timeout"], s["retries"], s["verbose"], s["region"]), (60, 5, True, "us-east-1"))

    def test_flags_win_over_file(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "deploy.json")
            with open(path, "w") as f:
                json.dump({"timeout": 90, "retries": 1}, f)
            s = parse_settings(["prod", "--config", path, "--timeout", "45", "--retries", "0"])
        self.assertEqual((s["timeout"], s["retries"]), (45, 0))
