vals = [1, 2, 3, 0, 5]
pos = [0]
def nxt():
    v = vals[pos[0]]
    pos[0] += 1
    return v
try:
    print(list(iter(nxt, 0)))
except TypeError as e:
    print("TypeError", e)
print(pos[0])
try:
    iter(5, 0)
    print("no immediate error")
except TypeError as e:
    print("TypeError", e)
