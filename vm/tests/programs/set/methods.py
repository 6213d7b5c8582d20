s = set()
s.add(1)
s.add(2)
s.add(1)
s.add("x")
s.add((1, 2))
print(len(s), 1 in s, (1, 2) in s, "y" in s)
s.remove("x")
s.discard(99)
s.discard((1, 2))
print(sorted(s))
try:
    s.remove(42)
except KeyError:
    print("KeyError")
p = s.pop()
print(p in (1, 2), len(s))
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError:
    print("KeyError empty")
a = {3, 1, 2}
b = a.copy()
b.add(4)
print(sorted(a), sorted(b), a is b, a == {1, 2, 3})
a.update([5, 6], (7,), range(8, 10))
print(sorted(a))
a.update()
a.update("ab")
print(len(a), "a" in a)
print(set(), set([1, 1, 2]) == {1, 2}, set("aab") == {"a", "b"}, set(range(3)) == {0, 1, 2})
print(set({"k": 1}), sorted(set({1: 2, 3: 4}.values())))
# returns
print(a.add(0), a.discard(0), a.clear(), a.update([1]), a)
# pop drains everything exactly once
t = set(range(20))
got = []
while t:
    got.append(t.pop())
print(sorted(got) == list(range(20)), len(t))
# mixed numeric equality
m = {1, 1.0, True}
print(len(m), {0, False, 0.0} == {0})
print(1 in {1.0}, 2.0 in {2}, hash(1) == hash(1.0))
# set comprehension and iteration
sq = {x * x for x in range(-3, 4)}
print(sorted(sq), sum(sq), max(sq), min(sq))
