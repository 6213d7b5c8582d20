def g():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("handled KeyError", e)
        except ValueError:
            print("ValueError -> stop")
            return
it = g()
print(next(it))
print(it.throw(KeyError("k1")))
print(it.throw(KeyError))
try:
    it.throw(ValueError)
except StopIteration:
    print("StopIteration after return")
it2 = g()
try:
    it2.throw(IndexError("unstarted"))
except IndexError as e:
    print("unstarted generator raises", e)
