s = "Grüße, 世界 🙂"
print(len(s), s.upper(), s[::-1], s.encode(), s.encode().decode(), s.find("世"), s.split(", "))
print(" x ".strip(), "a-b-c".rsplit("-", 1), "abc".center(9, "*"), "%-5s|%5d|%x" % ("q", 42, 255))
print(f"{s!r:.8}", "{0}{1}{0}".format("a", "b"), "x".join(["1", "2"]), "tEst".swapcase() if hasattr("", "swapcase") else "")
print(str(b"\xff\x00", "latin-1") if False else b"\xff\x00".hex(), bytes.fromhex("ff00"), ord("🙂"), chr(0x4E16))
print("\t\n\r\x00\\".encode(), r"\d+\n", """multi
line""".splitlines(), "a\u0301".isalpha(), "12".isdigit(), "%s %r" % ("s", "s"))
