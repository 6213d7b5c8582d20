print(b"a" < b"b", b"abc" == b"abc", b"" < b"\x00", b"\xff" > b"\x00", b"ab" < b"abc")
print(sorted([b"b", b"a", b"c"]))
try:
    print(b"a" < "a")
except TypeError as e:
    print("TypeError", e)
print(b"a" == "a")
