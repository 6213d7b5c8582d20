print(0 or 5, 3 or 5, "" or "x", None or 0, [] or {})
print(0 and 5, 3 and 5, "a" and "b", [] and 1)
print(not 0, not 1, not "", not [0], not None)
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1)
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(None) or t(0) or t("last"))
