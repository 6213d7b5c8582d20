for t in (ValueError, TypeError, IndexError, KeyError, RuntimeError, OSError, StopIteration, ZeroDivisionError, AttributeError, NameError):
    print(repr(t()), repr(t("m")), str(t("m")), repr(t(1, "x")))
