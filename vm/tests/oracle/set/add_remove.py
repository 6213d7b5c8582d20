# add, remove, discard, pop, clear
s = {1}
s.add(2)
s.add(1)
print(s, len(s))
s.remove(1)
s.discard(99)
s.discard(2)
print(s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError", e)
s = {7}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s = {1, 2, 3}
s.clear()
print(s, bool(s))
