# Found by upy-fuzz (vm, seed 16): a power of ten million digits, native work the interrupt cannot split (1.6 s of CPU); MicroPython takes longer
x = 10**6**8
print(len(hex(x)))
