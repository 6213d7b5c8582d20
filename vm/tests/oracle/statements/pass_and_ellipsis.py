# pass, ... and empty bodies
def f():
    pass
def g():
    ...
class Empty:
    pass
print(f(), g(), Empty.__name__, ..., Ellipsis is ..., type(...).__name__)
if True:
    pass
for _ in range(2):
    pass
print("done")
