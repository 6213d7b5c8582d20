def gen_factory(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_factory(3)()), list(gen_factory(2)()))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(counter_gen()))
