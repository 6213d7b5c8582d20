# round, divmod, pow with ints
print(round(7), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1.2345, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(0, 5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(0, 0))
