import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from router import MethodNotAllowed, NotFound, Router  # noqa: E402


def make():
    r = Router()
    r.add("GET", "/users", "list_users")
    r.add("POST", "/users", "create_user")
    r.add("GET", "/users/me", "me")
    r.add("GET", "/users/{id:int}", "get_user")
    r.add("DELETE", "/users/{id:int}", "delete_user")
    r.add("GET", "/users/{name}", "get_user_by_name")
    r.add("GET", "/posts/{slug:slug}", "post")
    r.add("GET", "/files/{rest:path}", "file")
    r.add("GET", "/", "root")
    return r


class RouterTest(unittest.TestCase):
    def test_literal_and_order(self):
        r = make()
        self.assertEqual(r.match("GET", "/users"), ("list_users", {}))
        self.assertEqual(r.match("post", "/users"), ("create_user", {}))
        self.assertEqual(r.match("GET", "/users/me"), ("me", {}))
        self.assertEqual(r.match("GET", "/"), ("root", {}))

    def test_int_and_str_params(self):
        r = make()
        self.assertEqual(r.match("GET", "/users/42"), ("get_user", {"id": 42}))
        self.assertEqual(r.match("GET", "/users/-42"), ("get_user_by_name", {"name": "-42"}))
        self.assertEqual(r.match("GET", "/users/ada"), ("get_user_by_name", {"name": "ada"}))

    def test_slug(self):
        r = make()
        self.assertEqual(r.match("GET", "/posts/hello-world-2"), ("post", {"slug": "hello-world-2"}))
        for bad in ["/posts/Hello", "/posts/a--b", "/posts/-a", "/posts/a_b"]:
            with self.assertRaises(NotFound, msg=bad):
                r.match("GET", bad)

    def test_path_param(self):
        r = make()
        self.assertEqual(r.match("GET", "/files/a/b/c.txt"), ("file", {"rest": "a/b/c.txt"}))
        self.assertEqual(r.match("GET", "/files/x"), ("file", {"rest": "x"}))
        self.assertEqual(r.match("GET", "/files/dir/"), ("file", {"rest": "dir/"}))
        with self.assertRaises(NotFound):
            r.match("GET", "/files")
        with self.assertRaises(NotFound):
            r.match("GET", "/files/")

    def test_trailing_slash_and_empty_segments(self):
        r = make()
        with self.assertRaises(NotFound):
            r.match("GET", "/users/")
        with self.assertRaises(NotFound):
            r.match("GET", "/users/42/extra")
        with self.assertRaises(NotFound):
            r.match("GET", "users")

    def test_method_not_allowed(self):
        r = make()
        with self.assertRaises(MethodNotAllowed) as ctx:
            r.match("PUT", "/users/7")
        self.assertEqual(ctx.exception.allowed, ["DELETE", "GET"])
        with self.assertRaises(MethodNotAllowed) as ctx:
            r.match("PATCH", "/users")
        self.assertEqual(ctx.exception.allowed, ["GET", "POST"])


if __name__ == "__main__":
    unittest.main()
