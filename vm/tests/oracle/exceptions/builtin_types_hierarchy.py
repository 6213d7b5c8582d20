names = ["BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
         "EOFError", "GeneratorExit", "ImportError", "IndentationError", "IndexError", "KeyError",
         "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError",
         "OSError", "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit",
         "TypeError", "ValueError", "ZeroDivisionError", "StopAsyncIteration", "UnicodeError"]
import builtins
for n in names:
    t = getattr(builtins, n, None)
    if t is None:
        print(n, "absent")
        continue
    print(n, issubclass(t, Exception), issubclass(t, BaseException), [b.__name__ for b in (ValueError, LookupError, ArithmeticError, OSError) if issubclass(t, b)])
