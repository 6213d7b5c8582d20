# f-strings in the forms MicroPython 1.29 compiles.
name = "pin"
value = 3.14159
items = {"a": 1, "b": [1, 2]}
width = 8
print(f"{name}")
print(f"{name!r} {name!s}")
print(f"{value:.2f} {value:>{width}.3f} {value:<10}|")
print(f"{items['a']} {items['b'][1]}")
print(f'{items["a"]}')
print(f"{items["b"][0]}")
print(f"{{literal}} {name}")
print(f"{value=}")
print(f"{1 + 2} {'yes' if value > 3 else 'no'}")
print(f"{len(items):03d} {255:#x} {255:08b} {-5:+d}")
print(rf"\d+{name}\n")
print(fr"{name}\t")
print(f"a" f"{name}" "c")
print(f"""multi
{name}
line""")
print(f"{name:*^11}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{ name }")
print(f"{f'{name}'}")
print(f"{3.0:g} {1e10:e} {0.5:%}")
