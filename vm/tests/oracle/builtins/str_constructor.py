print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"), str((1,)))
print(str(b"abc", "utf-8"), str(b"\xc3\xa9", "utf-8"), str(bytearray(b"hi"), "ascii"))
class S:
    def __str__(self):
        return "custom"
print(str(S()), "%s" % S(), "{}".format(S()))
try:
    str(b"\xff", "utf-8")
except UnicodeError as e:
    print("UnicodeError")
