print(1 < 1.5 < 2, 2 ** 100 > 1e30, 2 ** 100 == float(2 ** 100), -0.0 == 0, 1 == 1 + 0j if False else True)
print(True < 2, False == 0.0, 10 ** 20 < 10.0 ** 21)
