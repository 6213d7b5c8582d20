# deleting slices
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for s in ('[1:3]', '[::2]', '[::-1]', '[:]', '[4:]', '[::-2]', '[10:20]', '[-2:]'):
    a = list(range(6))
    exec('del a' + s, {'a': a})
    print(s, a)
