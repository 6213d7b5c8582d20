class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(%r)" % self.name
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return self.name + " barks; " + super().speak()
d = Dog("rex")
print(d.speak(), d.kind, Animal.kind, Animal.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(type(d).__name__, d)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C:
    def who(self): return "C"
    def only_c(self): return "c"
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), D().only_c(), [k.__name__ for k in D.__bases__])
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls, a):
        return cls.__name__ + str(a)
p = P()
p.x = 5
print(p.x, P.s(1), p.s(2), P.c(3), p.c(4))
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __iadd__(self, o):
        self.x += o
        return self
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __setitem__(self, i, v):
        if i == 0: self.x = v
        else: self.y = v
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, k): return self.x * k
    def __bool__(self): return self.x != 0
    def __str__(self): return "V(%s, %s)" % (self.x, self.y)
    def __neg__(self): return V(-self.x, -self.y)
a = V(1, 2) + V(3, 4)
print(a, 1 + a, a == V(4, 6), a != V(0, 0), V(1, 1) < V(1, 2), len(a), a[1], 6 in a, a(3), bool(V(0, 1)), -a)
a[0] = 10
a += 5
print(a, {V(1, 2): "v"}[V(1, 2)], [str(v) for v in sorted([V(2, 1), V(1, 5)])])
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(4)), sum(It(10)))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as c:
    print("body")
    raise ValueError
print("after")
class Dyn:
    def __getattr__(self, name): return "dyn_" + name
print(Dyn().foo)
class Base:
    def __init__(self, v): self.v = v
class Sub(Base):
    def __init__(self, v):
        super().__init__(v * 10)
print(Sub(4).v)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml[0])
class MyErr(Exception):
    pass
try:
    raise MyErr("custom", 1)
except Exception as e:
    print(type(e).__name__, e.args)
class Counter:
    instances = []
    def __new__(cls, *a):
        o = super().__new__(cls)
        cls.instances.append(o)
        return o
    def __init__(self, n): self.n = n
Counter(1); Counter(2)
print(len(Counter.instances), Counter.instances[1].n)
