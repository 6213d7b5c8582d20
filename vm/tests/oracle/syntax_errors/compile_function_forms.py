try:
    c = compile("x = 1", "<f>", "exec")
    ns = {}
    exec(c, ns)
    print("compile ok", ns["x"])
except NameError as e:
    print("NameError", e)
