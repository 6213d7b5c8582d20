# Index and slice bounds that are too big for a machine word are
# OverflowError for every sequence; bounds of the wrong type get each
# sequence's own message (str and range name themselves).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for seq in ([1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"abc"), range(3)):
    t(lambda: seq[2**70:])
    t(lambda: seq[:2**70])
    t(lambda: seq[-2**70:])
    t(lambda: seq[2**70])
    t(lambda: seq[-2**70])
    t(lambda: seq[1.5])
    t(lambda: seq["a":])
    t(lambda: seq[:1.5])
    t(lambda: seq[True])
    t(lambda: seq[-4])
    t(lambda: seq[None:None:None])
