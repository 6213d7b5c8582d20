# no-gc-stress: a million allocations (the other fixture covers stress)
# What a generator allocates becomes garbage as soon as the builtin driving
# it moves on, and is collected while the builtin still runs: the heap in
# use never grows with the number of items.
import gc

peak = 0


def tracked(n):
    global peak
    for k in range(n):
        if k % 1000 == 0:
            m = gc.mem_alloc()
            if m > peak:
                peak = m
        yield len([k, k])


def check(what, value):
    global peak, base
    # Garbage made up to the next collection is allowed (about 4 MB in
    # upy); without collections inside the builtin it would be 30 MB.
    print(what, value, peak - base < 8 * 1024 * 1024)
    gc.collect()
    base = gc.mem_alloc()
    peak = 0


gc.collect()
base = gc.mem_alloc()
check("sum", sum(tracked(300000)))
check("max", max(tracked(300000)))
check("sorted", len(sorted(set(tracked(300000)))))
check("list", len(list(tracked(30000))))
check("join", len("".join(str(x) for x in tracked(3000))))
check("any", any(x > 2 for x in tracked(300000)))
