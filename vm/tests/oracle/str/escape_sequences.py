# String literal escapes: octal, hex, unicode, named-free, and unknown escapes kept.
print([ord(c) for c in "\0\7\101\x41\u0041\U00000041\a\b\f\v"])
print(repr("\q\w"), len("\
"), repr(r"\n\t"), repr(rb"\x00"), "\101\1012")
