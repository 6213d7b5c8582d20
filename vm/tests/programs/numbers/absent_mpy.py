# Methods CPython has that MicroPython leaves out (documented differences):
# int.bit_length, float.is_integer / as_integer_ratio, complex.conjugate.
for obj, name in [(5, "bit_length"), (1.5, "is_integer"), (1.5, "as_integer_ratio"), (1j, "conjugate")]:
    try:
        getattr(obj, name)
        print(name, "present")
    except AttributeError as e:
        print("AttributeError:", e)
# What MicroPython's int does have
print(hasattr(5, "to_bytes"), hasattr(int, "from_bytes"))
