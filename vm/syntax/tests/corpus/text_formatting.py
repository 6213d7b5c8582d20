name = "world"
width = 12
precision = 3
value = 3.14159265
print(f"Hello, {name}!")
print(f"{value:.{precision}f} | {name:>{width}} | {name!r}")
print(f"{value=}, {width * 2=}")
print(f"{{braces}} and {len(name):04d}")
print(f"nested {'quotes'} and {['list'][0]} and {dict(a=1)['a']}")
print("%s has %d chars, %.2f%%" % (name, len(name), 12.5))
print("{} {} {}".format(1, "two", 3.0))
print("{0}{1}{0}".format("ab", "cd"))
print("{name}:{value:8.3f}".format(name=name, value=value))
raw = r"C:\path\to\file"
data = b"\x00\x01\x02" + bytes([3, 4])
text = "line one\nline two\ttabbed \u00e9 \x41"
long = ("implicit "
        "concatenation "
        'across lines')
doc = """Triple
quoted, with 'single' and "double" quotes."""
joined = ", ".join(str(i) for i in range(5))
parts = "a,b,,c".split(",")
stripped = "  padded  ".strip()
upper = name.upper()[::-1]
encoded = name.encode("utf-8")
decoded = encoded.decode()
print(raw, data, text, long, doc, joined, parts, stripped, upper, encoded, decoded)
print("tab", "sep", sep="\t", end="\n\n")
