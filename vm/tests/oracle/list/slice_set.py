# assigning to slices
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


def show(label, s, v):
    a = list(range(6))
    try:
        exec('a' + s + ' = v', {'a': a, 'v': v})
        print(label, a)
    except Exception as e:
        print(label, type(e).__name__, e)

show('replace', '[1:3]', ['x', 'y', 'z'])
show('shrink', '[1:5]', [])
show('insert', '[2:2]', 'ab')
show('all', '[:]', (9,))
show('step', '[::2]', [7, 8, 9])
show('step bad len', '[::2]', [7])
show('neg step', '[::-2]', 'abc')
show('from iter', '[0:1]', range(3))
show('not iterable', '[0:1]', 5)
show('past end', '[10:]', [1])
