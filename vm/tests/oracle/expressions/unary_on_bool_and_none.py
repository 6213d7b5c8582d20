print(-True, +False, ~True, not None, not not None)
for op in (lambda: -None, lambda: ~1.5, lambda: +"s", lambda: ~[]):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
