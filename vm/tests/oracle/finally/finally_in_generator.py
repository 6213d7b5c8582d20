# finally in generators runs on exhaustion, close and collection
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
print(list(gen("a")))
g = gen("b")
next(g)
g.close()
g = gen("c")
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
