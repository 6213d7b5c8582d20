# throw() and close() pass through yield from
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer resumes", r)
    yield "outer end"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed")
