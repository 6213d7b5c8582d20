# Sizes past any heap: MemoryError or OverflowError at once, before the
# host's memory is touched; the program goes on.


def attempt(what, f):
    try:
        r = f()
        print(what, "ok", type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(what, type(e).__name__)


for what, f in [
    ("list(range)", lambda: list(range(10**10))),
    ("[0]*n", lambda: [0] * 10**10),
    ("[0]*2**62", lambda: [0] * 2**62),
    ("str*n", lambda: "x" * 10**10),
    ("bytes*n", lambda: b"x" * 10**10),
    ("tuple*n", lambda: (1,) * 10**10),
    ("bytes(n)", lambda: bytes(10**10)),
    ("bytearray(n)", lambda: bytearray(10**10)),
    ("set(range)", lambda: set(range(10**10))),
    ("dict.fromkeys", lambda: dict.fromkeys(range(10**10))),
    ("sorted(range)", lambda: sorted(range(10**10))),
    ("tuple(range)", lambda: tuple(range(10**10))),
    ("join", lambda: " ".join(["x"] * 10**9)),
    ("center", lambda: "a".center(10**10)),
    ("format width", lambda: "{:>10000000000}".format(1)),
    ("percent width", lambda: "%10000000000d" % 1),
    ("2**2**40", lambda: 2 ** (2**40)),
    ("1<<(1<<40)", lambda: 1 << (1 << 40)),
    ("10**10**10", lambda: 10**10**10),
    ("replace", lambda: ("ab" * 10**4).replace("a", "a" * 10**6)),
    ("extend", lambda: bytearray(10).extend(bytes(10**10))),
    ("sum of lists", lambda: sum([[1] * 100] * 10**6, [])),
    ("list(zip)", lambda: list(zip(range(10**10), range(10**10)))),
    ("comprehension", lambda: [[0] * 10**4 for _ in range(10**6)]),
]:
    attempt(what, f)
big = [0] * 1000
print("after", len(big))
print("alive")
