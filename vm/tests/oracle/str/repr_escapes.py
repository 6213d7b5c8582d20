# repr of strings chooses quotes and escapes control and special characters.
for s in ("", "'", '"', "'\"", "\\", "\n\r\t", "\x00\x01\x1f\x7f", "é", "\u2028", "日本", "a'b", 'a"b', "\x80\xff", "\U0001F600", "\x0b\x0c"):
    print(repr(s), len(s), len(repr(s)))
