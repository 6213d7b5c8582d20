# bytes methods shared with str, plus decode/hex/fromhex
b = b"hello world"
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.index(b"w"), b.rindex(b"l"), b.count(b"l"))
print(b.find(b"o", 5), b.count(b"o", 0, 5), b.find(b""), b.rfind(b"", 2))
print(b.startswith(b"he"), b.endswith(b"ld"), b.startswith((b"x", b"hel")), b.endswith(b"o", 0, 5))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.replace(b"", b"."))
print(b.split(), b.split(b"o"), b.split(b" ", 0), b.rsplit(b"o", 1), b"a\nb\r\nc".splitlines())
print(b" x ".strip(), b"xxyxx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip(), b"ab".rstrip(b"b"))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b.upper(), b"ABC".lower(), b"12".isdigit(), b"ab".isalpha(), b" ".isspace(), b"AB".isupper(), b"ab".islower())
print(b.partition(b" "), b.rpartition(b"l"), b.partition(b"#"))
print(b"ab".center(6), b"ab".center(4))
print(b"caf\xc3\xa9".decode(), b"abc".decode("utf-8"), bytearray(b"xy").decode(), b"q".decode("ascii"))
print(b"\x00\xffab".hex(), bytearray(b"\x01\x02").hex(), b"".hex(), b"\x01\x02\x03".hex(":"))
print(bytes.fromhex("00ff10"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("0g")
except ValueError:
    print("ValueError fromhex")
try:
    b"\xff".decode()
except UnicodeError:
    print("UnicodeError")
try:
    b.find("o")
except TypeError:
    print("TypeError")
try:
    b",".join(["a"])
except TypeError:
    print("TypeError join")
