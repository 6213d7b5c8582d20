# built-in exception classes and their bases
names = [ZeroDivisionError, KeyError, IndexError, StopIteration, OSError, NotImplementedError, RecursionError if "RecursionError" in dir(__builtins__) else RuntimeError, UnicodeError, AssertionError, AttributeError, ImportError, NameError, OverflowError, MemoryError, SyntaxError, TypeError, ValueError, GeneratorExit, KeyboardInterrupt, SystemExit, EOFError]
for c in names:
    print(c.__name__, c.__bases__[0].__name__, issubclass(c, BaseException), issubclass(c, Exception))
