# __repr__ for the tuple classes `collections.namedtuple` makes. Kept in
# Python so str() and repr() treat it as a user-level method.


def _repr(self):
    cls = type(self)
    fields = cls._fields
    body = ", ".join([fields[i] + "=" + repr(self[i]) for i in range(len(fields))])
    if cls._anonymous:
        return "(" + body + ")"
    return cls.__name__ + "(" + body + ")"
