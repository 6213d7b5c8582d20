# string.templatelib: what a t-string makes (PEP 750), with MicroPython's
# reprs, constructor checks and concatenation.


class Interpolation:
    def __init__(self, value, expression="", conversion=None, format_spec=""):
        self._fields = (value, expression, conversion, format_spec)

    value = property(lambda self: self._fields[0])
    expression = property(lambda self: self._fields[1])
    conversion = property(lambda self: self._fields[2])
    format_spec = property(lambda self: self._fields[3])

    def __repr__(self):
        return "Interpolation(%r, %r, %r, %r)" % self._fields


class Template:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("function doesn't take keyword arguments")
        strings = []
        interpolations = []
        current = None
        for a in args:
            if type(a) is Interpolation:
                strings.append("" if current is None else current)
                interpolations.append(a)
                current = None
            elif type(a) is str:
                current = a if current is None else current + a
            else:
                raise TypeError("expected str or Interpolation")
        strings.append("" if current is None else current)
        self._strings = tuple(strings)
        self._interpolations = tuple(interpolations)

    strings = property(lambda self: self._strings)
    interpolations = property(lambda self: self._interpolations)
    values = property(lambda self: tuple(i.value for i in self._interpolations))

    def __repr__(self):
        return "Template(strings=%r, interpolations=%r)" % (self._strings, self._interpolations)

    def __add__(self, other):
        if type(other) is not Template:
            return NotImplemented
        strings = self._strings[:-1] + (self._strings[-1] + other._strings[0],) + other._strings[1:]
        return _make(strings, self._interpolations + other._interpolations)

    def __iter__(self):
        interps = self._interpolations
        for i, s in enumerate(self._strings):
            if s:
                yield s
            if i < len(interps):
                yield interps[i]


def _make(strings, interpolations):
    t = Template()
    t._strings = strings
    t._interpolations = interpolations
    return t


def __template__(strings, *args):
    # A t-string: its literal strings, then value, expression text,
    # conversion and format spec for each field.
    if len(args) == 1:
        args = args[0]
    interps = tuple(Interpolation(args[i], args[i + 1], args[i + 2], args[i + 3]) for i in range(0, len(args) - 3, 4))
    return _make(strings, interps)
