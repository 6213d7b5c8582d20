print("tab\there", 'quote\'s', "dq\"", "back\\slash", "nul\x00end" == "nul\0end")
print("\u00e9", "\x41\x42", "\101", len("\n\r\t"), "a\
b")
print(r"raw\n", r"RAW\t", b"\xff\x00", rb"\x00", br"x")
print("""triple
quoted""", '''single
triple''')
