# Special methods that recurse through native code back into Python: the
# recursion guard stops each one with RuntimeError.


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except RuntimeError as e:
        print(what, "RuntimeError", e)


class Eq:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return str(self)


class Hash:
    def __hash__(self):
        return hash(self)


class Len:
    def __len__(self):
        return len(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Attr:
    def __getattr__(self, name):
        return getattr(self, name)


class Iter:
    def __iter__(self):
        return iter(self)


class Contains:
    def __contains__(self, x):
        return x in self


class Item:
    def __getitem__(self, i):
        return self[i]


def key(x):
    return sorted([1, 2], key=key)


attempt("__eq__", lambda: Eq() == 1)
attempt("__lt__", lambda: Lt() < 1)
attempt("__lt__ sort", lambda: sorted([Lt(), Lt()]))
attempt("__repr__", lambda: repr(Repr()))
attempt("__str__", lambda: str(Str()))
attempt("__hash__", lambda: hash(Hash()))
attempt("__len__", lambda: len(Len()))
attempt("__bool__", lambda: bool(Bool()))
attempt("__getattr__", lambda: Attr().x)
attempt("__iter__", lambda: iter(Iter()))
attempt("__contains__", lambda: 1 in Contains())
attempt("__getitem__", lambda: Item()[0])
attempt("sort key", lambda: key(1))
attempt("map chain", lambda: list(map(lambda f: f(), [lambda: key(1)])))


def down(n):
    return down(n + 1)


attempt("python", lambda: down(0))
print("alive")
