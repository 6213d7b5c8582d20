x, y = 3, "s"
print(f"{x}", f"{x!r}", f"{y!r}", f"{x + 1}", f"{x:>4}|", f"{x:04d}", f"{{}}", f"{x:x}")
print(f"{'nested'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{x=}", f"{x + 1=}")
print(f"{3.14159:.2f}", f"{-1:+d}", f"{255:#x}", f"{10:b}", f"{'ab':*^6}")
w = 6
print(f"{x:{w}}|", f"{y!s:>{w}}|")
print(rf"raw\n{x}", fr"{y}\t")
