# repr, str and text conversions of bools.
for b in (True, False):
    print(repr(b), str(b), bin(b), hex(b), oct(b), "%d %s %r %x %f" % (b, b, b, b, b), "{} {:d} {!r}".format(b, b, b))
