try:
    raise ValueError("code %d: %s" % (42, "bad"))
except ValueError as e:
    print(e)
try:
    raise KeyError(("tuple", "key"))
except KeyError as e:
    print(e, e.args)
