class I:
    def __index__(self):
        return 10
for f in (bin, oct, hex):
    try:
        print(f(I()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
