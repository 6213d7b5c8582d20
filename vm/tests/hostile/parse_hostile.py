# Source text nested or repeated past what the parser allows: SyntaxError,
# never a crashed parser, compiler or VM.


def attempt(what, src):
    try:
        eval(compile(src, "<hostile>", "exec"))
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__)


N = 100000
attempt("parentheses", "(" * N + ")" * N)
attempt("brackets", "[" * N + "]" * N)
attempt("braces", "{" * N + "}" * N)
attempt("unary minus", "-" * N + "1")
attempt("not", "not " * N + "1")
attempt("lambda", "lambda:" * N + "1")
attempt("sum chain", "x = " + "1+" * N + "1")
attempt("attribute chain", "x" + ".y" * N)
attempt("call chain", "f" + "()" * N)
attempt("subscripts", "x" + "[0]" * N)
attempt("comparisons", "1" + "<1" * N)
attempt("if blocks", "".join(" " * i + "if 1:\n" for i in range(1000)) + " " * 1000 + "pass\n")
attempt("f-string", "f'" + "{" * 1000 + "1" + "}" * 1000 + "'")
attempt("string", "'" + "x" * N)
attempt("indent", "if 1:\n" + " " * N + "pass\n")
attempt("json", "__import__('json').loads('[' * 100000 + ']' * 100000)")
print("alive")
