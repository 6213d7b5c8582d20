def f0(): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fk(*, k): pass
for call in (lambda: f0(1), lambda: f2(1), lambda: f2(1, 2, 3), lambda: fd(), lambda: fk(), lambda: fk(1), lambda: f2(1, c=2), lambda: f0(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
