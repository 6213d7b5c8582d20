# conditional expressions, and/or short-circuit
def t(v):
    print("eval", v)
    return v
print(1 if t(0) else 2, t(1) or t(2), t(0) and t(3), t("") or t(0) or t("last"))
print(not 1, not [], (1 if True else 0) + 1, "a" if 0 else "b" if 1 else "c")
x = 5
print("big" if x > 3 else "small", [v if v % 2 else -v for v in range(4)])
