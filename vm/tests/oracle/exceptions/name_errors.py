def f():
    return undefined_a
try:
    f()
except NameError as e:
    print(e)
def g():
    x = x_later
    x_later = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_b += 1
except NameError as e:
    print(e)
