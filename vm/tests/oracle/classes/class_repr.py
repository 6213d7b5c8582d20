# how classes and instances of builtins print
class C:
    pass
print(C, int, str, list, dict, type, object, Exception, ValueError)
print(repr(C).startswith("<class"), str(C) == repr(C))
