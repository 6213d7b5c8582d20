# call syntax that does not compile
for src in ["f(a=1, b)", "f(**k, a)", "f(**k, *a)", "f(a for a in b, c)", "f(a=1, a=2)", "f(1=2)",
            "f(a.b=1)", "f(*a, b)", "f(*a, b=1)", "f(a, *b, c)", "f(**a, b=1)", "f(a)(b)(c)"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src)
