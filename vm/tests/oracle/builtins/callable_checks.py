class C:
    def m(self): pass
class CallMe:
    def __call__(self): pass
print(callable(len), callable(print), callable(C), callable(C()), callable(C().m), callable(CallMe()))
print(callable(1), callable("s"), callable(None), callable(lambda: 0), callable(int), callable([].append))
