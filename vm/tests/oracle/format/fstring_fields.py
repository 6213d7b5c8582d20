# f-string fields: conversions, specs, nested specs, debug form, quotes
x = 42
name = "upy"
w = 8
print(f"{x}")
print(f"{x!r} {name!r} {name!s}")
print(f"[{x:>6}] [{x:<6}] [{x:^6}] [{x:06}]")
print(f"[{name:>{w}}] [{name:*^{w}}]")
print(f"{3.14159:.{3}f}")
print(f"{x=}")
print(f"{x + 1=}")
print(f"{name=!r:>10}")
print(f"{{literal}} {x}")
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d["b"][1]}")
print(f"{'nested'} {['q'][0]}")
print(f"{x:{'>'}{10}}")
print(f"{x if x > 1 else 0}")
print(f"a" "b" f"c{x}")
print(f"{x:x} {x:o} {x:b} {x:#x}")
print(f"{1.5e300:g} {-0.0} {float('inf')}")
print(f"{True:>6}|{False:<6}|")
print(f"{None!r}")
