for s, b in (("0b11", 0), ("0o17", 0), ("0x1f", 0), ("11", 2), ("z", 36), ("-0x10", 16), ("  +7  ", 10), ("0", 0), ("1_0", 0)):
    print(s, b, int(s, b))
for s, b in (("0b11", 10), ("08", 0), ("2", 2)):
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
