# __str__ and __repr__
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class ReprOnly:
    def __repr__(self):
        return "only-repr"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], r, str(r), [r], "%s %r" % (b, b), "{} {!r}".format(b, b))
class Plain:
    pass
print(str(Plain()).startswith("<"), repr(Plain()) == str(Plain()) or True)
