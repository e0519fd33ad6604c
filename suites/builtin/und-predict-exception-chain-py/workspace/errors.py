def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ValueError(f"missing {key}") from e


def load_quiet(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise ValueError(f"missing {key}") from None


def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("bad")


def cleanup():
    try:
        raise RuntimeError("boom")
    finally:
        return "cleaned"


def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 10
        print("finally", n)


for fn, args in [(load, ("b",)), (load_quiet, ("c",)), (nested, ())]:
    try:
        fn(*args)
    except Exception as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        context = type(e.__context__).__name__ if e.__context__ else None
        print(type(e).__name__, e, cause, context, e.__suppress_context__)

print(cleanup())
print(counter())
