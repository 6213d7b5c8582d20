# Found by the random program generator: bin() of a non-int fails the way
# '{:#b}'.format does on a board, while hex() and oct() fail as int() does.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (1.5, "12", b"7", None, [1], 1e300, -0.0):
    show(lambda: bin(v))
    show(lambda: hex(v))
    show(lambda: oct(v))
for v in (0, 5, -5, True, False, 1 << 70, -(1 << 64)):
    print(bin(v), hex(v), oct(v))
