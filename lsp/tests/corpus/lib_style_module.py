# A micropython-lib style module: __all__, a version, lazy imports,
# private helpers, module-level constants and a main guard.
__version__ = "0.3.1"
__all__ = ["Parser", "parse"]

_DELIMS = ",;"
_cache = {}


def _split(line, delims=_DELIMS):
    out = [line]
    for d in delims:
        out = [part for chunk in out for part in chunk.split(d)]
    return [p.strip() for p in out if p.strip()]


class Parser:
    __slots__ = ("strict", "_rows")

    def __init__(self, strict=False):
        self.strict = strict
        self._rows = []

    def feed(self, text):
        for n, line in enumerate(text.splitlines(), 1):
            line = line.partition("#")[0]
            if not line:
                continue
            fields = _split(line)
            if self.strict and len(fields) < 2:
                raise ValueError("line %d: expected two fields" % n)
            self._rows.append(tuple(fields))
        return self

    def rows(self):
        return list(self._rows)

    def as_dict(self):
        return {r[0]: r[1:] for r in self._rows}


def parse(text, **opts):
    key = (text, tuple(sorted(opts.items())))
    if key not in _cache:
        _cache[key] = Parser(**opts).feed(text).as_dict()
    return _cache[key]


def _selftest():
    import json

    doc = parse("a, 1; 2\nb;3 # note\n\n")
    print(json.dumps(doc))
    try:
        Parser(strict=True).feed("lonely")
    except ValueError as e:
        print(e)


if __name__ == "__main__":
    _selftest()
