"""Retrying calls that fail with transient errors."""
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    """Decorator: call the function up to `times` times (see README.md)."""
    if times < 1:
        raise ValueError("times must be >= 1")

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    sleep(delay * 2 ** attempt)
        return wrapper

    return decorator
