# decode/encode round trips and str(bytes, encoding)
for text in ["", "plain", "café", "日本語", "emoji \U0001F600", "tab\tnew\nline"]:
    b = text.encode()
    print(len(text), len(b), b, b.decode() == text, str(b, "utf-8") == text, bytearray(b).decode() == text)
print(b"abc".decode("ascii"), "abc".encode("ascii"))
print(b"caf\xc3".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(str(b"hi", "utf-8"), str("x"), str(5), str(bytearray(b"ok"), "utf-8"))
print(bytes("é", "utf-8"), bytearray("日", "utf-8"), bytes("abc", "ascii"))
for bad in ["b'\\xff'.decode()", "b'\\x80'.decode('ascii')", "'é'.encode('ascii')",
            "b'x'.decode('nope')", "str(5, 'utf-8')"]:
    try:
        eval(bad)
        print("no error", bad)
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ if not isinstance(e, UnicodeError) else "UnicodeError", bad)
data = "Grüße, 世界!".encode()
print(data.hex(), bytes.fromhex(data.hex()) == data, data.split(b","), data.decode())
print([b for b in "é".encode()], bytes([0xc3, 0xa9]).decode())
