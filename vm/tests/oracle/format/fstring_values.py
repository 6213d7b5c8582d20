# f-strings of every type with no spec: the same as str().
for v in (1, -2**70, 1.5, 1e100, -0.0, 1j, True, None, "s", b"b", [1, "a"], (1,), {"k": 1.5}, range(3), float("nan")):
    print(f"{v}" == str(v), f"{v!r}" == repr(v), f"{v!s}|{v}")
