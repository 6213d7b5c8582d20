# f-strings with literal and nested specs, conversions and expressions.
x, w, p = 3.14159, 10, 3
s = "hi"
print(f"{x}", f"{x:.2f}", f"{x:{w}.{p}f}|", f"{x:>{w}}|", f"{s!r}", f"{s!r:>6}|", f"{s:*^{w}}", f"{w:#x}", f"{w:08b}", f"{-w:+d}")
print(f"{1 + 2}", f"{[i * i for i in range(3)]}", f"{'a' if x > 3 else 'b'}", f"{ {'k': 1}['k'] }", f"{x=:.1f}" if False else f"{x:.1f}")
print(f"{{}}", f"{{{w}}}", f"a{w}b{p}c", f"{w}{p}", f"""{s}""", f"{s}" f"{w}" "z")
