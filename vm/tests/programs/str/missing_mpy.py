# MicroPython's str lacks several CPython methods (ljust, rjust, title,
# capitalize, swapcase, zfill, isalnum, casefold, expandtabs).
for name in ["ljust", "rjust", "title", "capitalize", "swapcase", "zfill", "isalnum", "casefold", "expandtabs"]:
    print(name, hasattr("x", name))
for name in ["find", "rfind", "index", "rindex", "join", "split", "rsplit", "splitlines", "startswith",
             "endswith", "strip", "lstrip", "rstrip", "format", "replace", "count", "partition",
             "rpartition", "center", "lower", "upper", "isspace", "isalpha", "isdigit", "isupper",
             "islower", "encode"]:
    if not hasattr("x", name):
        print("missing", name)
try:
    "a".join([1])
except TypeError as e:
    print(e)
try:
    "a".find(1)
except TypeError as e:
    print(e)
try:
    b"a".find(1)
except TypeError as e:
    print(e)
"abc".index("z")
