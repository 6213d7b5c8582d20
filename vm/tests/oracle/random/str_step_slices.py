# Found by the random program generator: a board slices str (like bytes)
# only with step 1; other steps are NotImplementedError.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "Hello, World"
show(lambda: s[::1])
show(lambda: s[1:5:1])
show(lambda: s[::2])
show(lambda: s[::-1])
show(lambda: ("12" * 3)[::-1])
show(lambda: "é"[::-1])
show(lambda: ""[::2])
show(lambda: s[None:None:None])
show(lambda: b"abc"[::2])
show(lambda: bytearray(b"abc")[::-1])
show(lambda: [1, 2, 3][::-1])
