# assignment expressions: where the target may be
def check(src):
    try:
        r = eval(src)
        print("value:", r)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0], repr(src))


for src in ["(n := 5)", "(n := 5) + n", "[y := 1, y + 1]", "(a.b := 1)", "((a, b) := (1, 2))",
            "[k := k + 1 for k in range(3)]", "[m := -1 for m, q in [(1, 2)]]",
            "[(t := v) for v in range(3)]", "[[(u := w) for u in range(2)] for w in range(2)]",
            "[[(w2 := u2) for u2 in range(2)] for w2 in range(2)]"]:
    check(src)
print(t)


def inner():
    vals = [last := i * i for i in range(4)]
    return vals, last


print(inner())
