# A running frame borrows its code from the function object below its base
# (FrameCode::borrowed, interp.rs). Each case here drops every other
# reference to a function while its frame runs, then collects and allocates
# so a freed code object would be reused: the frame must go on running its
# own code. In a debug build (as `cargo test` runs) the interpreter also
# asserts on every frame entry that the slot below the base still holds it.
import gc


def churn():
    # Enough fresh functions and code-sized garbage to reuse freed memory.
    junk = []
    for i in range(200):
        junk.append(eval("lambda a, b: a * b + %d" % i))
        junk.append([i] * 20)
    gc.collect()
    return len(junk)


def self_deleting(n):
    global self_deleting
    del self_deleting
    gc.collect()
    churn()
    return n * 2, "still running"


print(self_deleting(21))
print("self_deleting" in globals())


def rebinding(n):
    global rebinding
    rebinding = None
    gc.collect()
    churn()
    if n:
        return inner_call(n)
    return "done"


def inner_call(n):
    churn()
    return ("inner", n)


print(rebinding(3))
print(rebinding)


class C:
    def method(self, x):
        del C.method
        gc.collect()
        churn()
        return x + 1


print(C().method(41))
print(hasattr(C, "method"))


def from_list():
    fs = [lambda k: (fs.clear(), gc.collect(), churn(), k * 3)[3]]
    return fs[0](5)


print(from_list())


def raising(depth):
    global raising
    if depth == 0:
        raising = None
        gc.collect()
        churn()
        raise ValueError("deep")
    return raising(depth - 1)


try:
    raising(30)
except ValueError as e:
    print("caught", e)
print(raising)


def gen_calls():
    def step(i):
        return i + 100

    for i in range(3):
        f = step
        del step
        gc.collect()
        churn()
        yield f(i)

        def step(i):
            return i + 200


print(list(gen_calls()))


def recursive(n, acc):
    if n == 0:
        gc.collect()
        churn()
        return acc
    g = recursive
    return g(n - 1, acc + [n])


print(recursive(50, [])[-3:])


def closure_maker():
    hold = {}

    def runner(x):
        hold.clear()
        gc.collect()
        churn()
        return x * x

    hold["f"] = runner
    return hold


h = closure_maker()
print(h.pop("f")(12))
print("alive")
