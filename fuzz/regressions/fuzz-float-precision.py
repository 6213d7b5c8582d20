# Found by upy-fuzz (vm, seed 16): a float precision past 65535 panicked in the formatter
print(len("%.65535e" % 9.99), len("{:.70000f}".format(1.5)))
print(len("%.70000g" % 0.1), len(f"{2.5:.100000e}"))
