# sort with a key function
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


words = ['pear', 'Fig', 'apple', 'kiwi', 'Banana']
a = list(words); a.sort(key=len); print(a)
a = list(words); a.sort(key=str.lower); print(a)
a = list(words); a.sort(key=lambda w: w[-1], reverse=True); print(a)
a = list(words); a.sort(key=None); print(a)
pairs = [(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[1]); print(pairs)
