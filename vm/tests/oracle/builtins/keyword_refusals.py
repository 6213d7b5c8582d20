tests = [
    ("len", lambda: len(obj=[1])),
    ("abs", lambda: abs(x=1)),
    ("range", lambda: range(end=1)),
    ("hex", lambda: hex(number=1)),
    ("chr", lambda: chr(i=65)),
    ("ord", lambda: ord(c="a")),
    ("iter", lambda: iter(object=[])),
    ("isinstance", lambda: isinstance(obj=1, class_or_tuple=int)),
    ("divmod", lambda: divmod(x=1, y=2)),
    ("repr", lambda: repr(obj=1)),
    ("callable", lambda: callable(obj=1)),
    ("hash", lambda: hash(obj=1)),
]
for name, f in tests:
    try:
        f()
        print(name, "accepted")
    except TypeError as e:
        print(name, "TypeError", e)
