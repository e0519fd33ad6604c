import json
import os
import tempfile
import unittest

from deployer.cli import parse_settings


class ConfigFileTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, data):
        path = os.path.join(self.dir.name, "deploy.json")
        with open(path, "w") as f:
            json.dump(data, f)
        return path

    def test_issue_file_values_beat_defaults(self):
        path = self.write({"timeout": 120, "region": "us-east-1", "verbose": True})
        self.assertEqual(parse_settings(["prod", "--config", path]),
                         {"target": "prod", "timeout": 120, "retries": 3, "verbose": True, "region": "us-east-1"})

    def test_issue_partial_file_and_partial_flags(self):
        path = self.write({"retries": 7, "region": "ap-south-1"})
        s = parse_settings(["prod", "--config", path, "--region", "eu-central-1"])
        self.assertEqual((s["timeout"], s["retries"], s["region"]), (30, 7, "eu-central-1"))

    def test_explicit_zero_and_false_like_values_on_the_command_line(self):
        path = self.write({"retries": 4, "timeout": 10})
        s = parse_settings(["prod", "--config", path, "--retries", "0", "--timeout", "0"])
        self.assertEqual((s["retries"], s["timeout"]), (0, 0))

    def test_unknown_keys_rejected(self):
        path = self.write({"colour": "red"})
        with self.assertRaises(ValueError):
            parse_settings(["prod", "--config", path])
