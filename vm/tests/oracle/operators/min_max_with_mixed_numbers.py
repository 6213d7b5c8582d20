print(max(1, 2.5, True), min(-1, -1.5), max([1, 2.0]), min(0, False), type(max(1, 1.0)).__name__)
