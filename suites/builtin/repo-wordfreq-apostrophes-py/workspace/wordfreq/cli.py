import argparse
import sys

from .counter import top_words


def main(argv=None, stdin=None, stdout=None):
    parser = argparse.ArgumentParser(prog="wordfreq")
    parser.add_argument("-n", type=int, default=10, help="number of words to show")
    args = parser.parse_args(argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    for word, count in top_words(stdin.read(), args.n):
        stdout.write(f"{count} {word}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
