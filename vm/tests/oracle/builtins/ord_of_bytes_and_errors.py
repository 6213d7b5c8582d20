print(ord(b"a"), ord(b"\xff"), ord("\x00"))
for bad in (b"", b"ab", 5, None):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
