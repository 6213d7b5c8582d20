def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return 1 / 0
        return "ok"
    except ValueError as e:
        return "value: " + str(e)
    except (TypeError, ZeroDivisionError) as e:
        return "arith: " + type(e).__name__
    finally:
        print("finally", x)
print(f(0)); print(f(1)); print(f(2))
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner caught")
        raise
except LookupError as e:
    print("outer caught", type(e).__name__, e.args)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("try", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    [][1]
except IndexError as e:
    print("index", e)
try:
    {}["missing"]
except KeyError as e:
    print("key", e.args)
try:
    undefined_name
except NameError as e:
    print("name error")
try:
    int("x")
except ValueError:
    print("bad int")
class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise E(42)
except E as e:
    print(e.code, e, e.args)
try:
    try:
        raise ValueError("x")
    finally:
        print("cleanup")
except ValueError:
    print("propagated")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print("got", v)
x = 0
try:
    x = 1
except:
    x = 2
else:
    x = 3
print(x)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
