def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(KeyError, KeyError("k")) if False else it.throw(KeyError("k2"))
