s = {1, 2}
s.add(3)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
