t = (1, [2], 3)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
t[1].append(5)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)))
