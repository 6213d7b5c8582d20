s = " Hello "
print(s.strip().lower(), s.split(), "-".join(["a", "b"]), s.find("l"))
print("%d-%s" % (1, "x"), "{}:{}".format(1, 2))
