def parse(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([parse(s) for s in ("1", "2.5", "x", "1e3")])
