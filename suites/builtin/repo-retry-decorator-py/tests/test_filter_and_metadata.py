import unittest

from resilience import retry


class FilterTests(unittest.TestCase):
    def test_issue_unlisted_exceptions_are_not_retried(self):
        calls = []
        sleeps = []

        @retry(times=3, exceptions=(ConnectionError,), sleep=sleeps.append)
        def broken():
            calls.append(1)
            raise KeyError("uid")
        with self.assertRaises(KeyError):
            broken()
        self.assertEqual((len(calls), sleeps), (1, []))

    def test_issue_metadata_is_kept(self):
        @retry(times=2, sleep=lambda s: None)
        def sync_users():
            """Synchronise users from LDAP."""
        self.assertEqual(sync_users.__name__, "sync_users")
        self.assertEqual(sync_users.__doc__, "Synchronise users from LDAP.")
        self.assertTrue(hasattr(sync_users, "__wrapped__"))

    def test_subclasses_are_retried(self):
        calls = []

        @retry(times=2, exceptions=(OSError,), sleep=lambda s: None)
        def flaky():
            calls.append(1)
            if len(calls) == 1:
                raise ConnectionResetError()
            return "ok"
        self.assertEqual(flaky(), "ok")

    def test_default_retries_any_exception(self):
        calls = []

        @retry(times=2, sleep=lambda s: None)
        def once_bad():
            calls.append(1)
            if len(calls) == 1:
                raise ValueError()
            return len(calls)
        self.assertEqual(once_bad(), 2)
