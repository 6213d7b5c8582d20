for n in (0, 1, -1, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(n), oct(n), hex(n))
for bad in (1.5, "3", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
print(bin(True), hex(False))
