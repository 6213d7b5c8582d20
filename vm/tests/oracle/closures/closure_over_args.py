def multiplier(n):
    return lambda x: x * n
def adder(*nums, **kw):
    def f(x):
        return x + sum(nums) + kw.get("extra", 0)
    return f
print(multiplier(3)(4), adder(1, 2)(10), adder(extra=100)(1))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(multiplier(2), adder(1))(5))
