for stmt in ("import no_such_mod_q", "from no_such_mod_q import x", "from sys import no_such_attr_q", "import sys.nothing"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e)
print(issubclass(ImportError, Exception))
